using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorReader.Data.Media;

internal sealed class MediaItemConfiguration : IEntityTypeConfiguration<MediaItem>
{
    public const int MaxAltLength = 400;
    public const int MaxCaptionLength = 1000;
    public const int MaxCreditLength = 200;

    public void Configure(EntityTypeBuilder<MediaItem> m)
    {
        m.ToTable("Media");
        // One row per picture: the same bytes uploaded again are the picture already stored.
        m.Property(x => x.ContentHash).HasMaxLength(64).IsFixedLength();
        m.HasIndex(x => x.ContentHash).IsUnique();
        m.Property(x => x.ContentType).HasMaxLength(40);
        m.Property(x => x.Alt).HasMaxLength(MaxAltLength);
        m.Property(x => x.Caption).HasMaxLength(MaxCaptionLength);
        m.Property(x => x.Credit).HasMaxLength(MaxCreditLength);
        m.Property(x => x.UploadedBy).HasMaxLength(256);
        m.HasIndex(x => x.UploadedAt);
    }
}
