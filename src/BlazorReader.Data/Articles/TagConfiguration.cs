using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorReader.Data.Articles;

internal sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> t)
    {
        t.Property(x => x.Name).HasMaxLength(100);
        t.Property(x => x.Slug).HasMaxLength(100);
        t.HasIndex(x => x.Slug).IsUnique();
    }
}
