using BlazorReader.Bench.Cleaning;
using BlazorReader.Bench.Cleaning.TwentyEighth;

namespace BlazorReader.Bench.Tests.Cleaning;

public sealed class TwentyEighthDresserTests : DresserPromiseTests
{
    protected override IArticleDresser CreateDresser(DressingPools pools) => new TwentyEighthDresser(pools);
}
