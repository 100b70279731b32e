using BlazorReader.Bench.Cleaning;
using BlazorReader.Bench.Cleaning.Eighteenth;

namespace BlazorReader.Bench.Tests.Cleaning;

public sealed class EighteenthDresserTests : DresserPromiseTests
{
    protected override IArticleDresser CreateDresser(DressingPools pools) => new EighteenthDresser(pools);
}
