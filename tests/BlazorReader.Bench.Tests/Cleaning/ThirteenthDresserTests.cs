using BlazorReader.Bench.Cleaning;
using BlazorReader.Bench.Cleaning.Thirteenth;

namespace BlazorReader.Bench.Tests.Cleaning;

public sealed class ThirteenthDresserTests : DresserPromiseTests
{
    protected override IArticleDresser CreateDresser(DressingPools pools) => new ThirteenthDresser(pools);
}
