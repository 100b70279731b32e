using BlazorReader.Bench.Cleaning;
using BlazorReader.Bench.Cleaning.Ninth;

namespace BlazorReader.Bench.Tests.Cleaning;

public sealed class NinthDresserTests : DresserPromiseTests
{
    protected override IArticleDresser CreateDresser(DressingPools pools) => new NinthDresser(pools);
}
