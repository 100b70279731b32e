using BlazorReader.Bench.Cleaning;
using BlazorReader.Bench.Cleaning.TwentyNinth;

namespace BlazorReader.Bench.Tests.Cleaning;

public sealed class TwentyNinthDresserTests : DresserPromiseTests
{
    protected override IArticleDresser CreateDresser(DressingPools pools) => new TwentyNinthDresser(pools);
}
