namespace Platform.Blogging.Media;

/// <summary>An accepted image turned into the files the store keeps: the full-size copy first, then the rest by width.</summary>
/// <param name="Format">The uploaded format.</param>
/// <param name="Width">The displayed width (after EXIF orientation).</param>
/// <param name="Height">The displayed height.</param>
/// <param name="Files">Each file's description and bytes.</param>
public sealed record ProcessedImage(ImageFormat Format, int Width, int Height, IReadOnlyList<(MediaVariant Variant, byte[] Bytes)> Files);
