using BlazorReader.Bench.Cleaning;
using BlazorReader.Bench.Cleaning.Fifteenth;

namespace BlazorReader.Bench.Tests.Cleaning;

public sealed class FifteenthDresserTests : DresserPromiseTests
{
    protected override IArticleDresser CreateDresser(DressingPools pools) => new FifteenthDresser(pools);
}
