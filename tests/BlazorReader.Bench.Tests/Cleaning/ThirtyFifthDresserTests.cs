using BlazorReader.Bench.Cleaning;
using BlazorReader.Bench.Cleaning.ThirtyFifth;

namespace BlazorReader.Bench.Tests.Cleaning;

public sealed class ThirtyFifthDresserTests : DresserPromiseTests
{
    protected override IArticleDresser CreateDresser(DressingPools pools) => new ThirtyFifthDresser(pools);
}
