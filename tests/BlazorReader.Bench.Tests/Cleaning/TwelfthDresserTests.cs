using BlazorReader.Bench.Cleaning;
using BlazorReader.Bench.Cleaning.Twelfth;

namespace BlazorReader.Bench.Tests.Cleaning;

public sealed class TwelfthDresserTests : DresserPromiseTests
{
    protected override IArticleDresser CreateDresser(DressingPools pools) => new TwelfthDresser(pools);
}
