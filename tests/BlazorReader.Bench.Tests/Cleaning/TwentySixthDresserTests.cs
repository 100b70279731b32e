using BlazorReader.Bench.Cleaning;
using BlazorReader.Bench.Cleaning.TwentySixth;

namespace BlazorReader.Bench.Tests.Cleaning;

public sealed class TwentySixthDresserTests : DresserPromiseTests
{
    protected override IArticleDresser CreateDresser(DressingPools pools) => new TwentySixthDresser(pools);
}
