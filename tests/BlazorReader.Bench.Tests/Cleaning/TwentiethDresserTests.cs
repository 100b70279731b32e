using BlazorReader.Bench.Cleaning;
using BlazorReader.Bench.Cleaning.Twentieth;

namespace BlazorReader.Bench.Tests.Cleaning;

public sealed class TwentiethDresserTests : DresserPromiseTests
{
    protected override IArticleDresser CreateDresser(DressingPools pools) => new TwentiethDresser(pools);
}
