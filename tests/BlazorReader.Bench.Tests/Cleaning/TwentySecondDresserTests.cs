using BlazorReader.Bench.Cleaning;
using BlazorReader.Bench.Cleaning.TwentySecond;

namespace BlazorReader.Bench.Tests.Cleaning;

public sealed class TwentySecondDresserTests : DresserPromiseTests
{
    protected override IArticleDresser CreateDresser(DressingPools pools) => new TwentySecondDresser(pools);
}
