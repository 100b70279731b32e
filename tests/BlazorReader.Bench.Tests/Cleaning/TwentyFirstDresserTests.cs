using BlazorReader.Bench.Cleaning;
using BlazorReader.Bench.Cleaning.TwentyFirst;

namespace BlazorReader.Bench.Tests.Cleaning;

public sealed class TwentyFirstDresserTests : DresserPromiseTests
{
    protected override IArticleDresser CreateDresser(DressingPools pools) => new TwentyFirstDresser(pools);
}
