using BlazorReader.Bench.Cleaning;
using BlazorReader.Bench.Cleaning.ThirtyThird;

namespace BlazorReader.Bench.Tests.Cleaning;

public sealed class ThirtyThirdDresserTests : DresserPromiseTests
{
    protected override IArticleDresser CreateDresser(DressingPools pools) => new ThirtyThirdDresser(pools);
}
