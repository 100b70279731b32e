using BlazorReader.Bench.Cleaning;
using BlazorReader.Bench.Cleaning.TwentyThird;

namespace BlazorReader.Bench.Tests.Cleaning;

public sealed class TwentyThirdDresserTests : DresserPromiseTests
{
    protected override IArticleDresser CreateDresser(DressingPools pools) => new TwentyThirdDresser(pools);
}
