using BlazorReader.Bench.Cleaning;
using BlazorReader.Bench.Cleaning.TwentyFourth;

namespace BlazorReader.Bench.Tests.Cleaning;

public sealed class TwentyFourthDresserTests : DresserPromiseTests
{
    protected override IArticleDresser CreateDresser(DressingPools pools) => new TwentyFourthDresser(pools);
}
