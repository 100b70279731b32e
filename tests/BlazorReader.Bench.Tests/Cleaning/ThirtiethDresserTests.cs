using BlazorReader.Bench.Cleaning;
using BlazorReader.Bench.Cleaning.Thirtieth;

namespace BlazorReader.Bench.Tests.Cleaning;

public sealed class ThirtiethDresserTests : DresserPromiseTests
{
    protected override IArticleDresser CreateDresser(DressingPools pools) => new ThirtiethDresser(pools);
}
