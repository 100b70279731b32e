using BlazorReader.Bench.Cleaning;
using BlazorReader.Bench.Cleaning.ThirtyFourth;

namespace BlazorReader.Bench.Tests.Cleaning;

public sealed class ThirtyFourthDresserTests : DresserPromiseTests
{
    protected override IArticleDresser CreateDresser(DressingPools pools) => new ThirtyFourthDresser(pools);
}
