using System.Globalization;

namespace Platform.Gateway.Studio;

/// <summary>The words of the media library and of image uploads from the editor.</summary>
internal sealed partial class StudioText
{
    public string Media => Korean ? "미디어" : "Media";

    public string MediaLibrary => Korean ? "미디어 라이브러리" : "Media library";

    public string MediaUploadImage => Korean ? "이미지 올리기" : "Upload an image";

    public string MediaUpload => Korean ? "올리기" : "Upload";

    public string MediaInsertImage => Korean ? "이미지 넣기" : "Insert an image";

    public string MediaUploadAndInsert => Korean ? "올려서 본문에 넣기" : "Upload and insert";

    public string MediaImageFile => Korean ? "이미지 파일" : "Image file";

    /// <summary>What may be uploaded, with the limit in MB.</summary>
    public string MediaHelp(long limitBytes) => Korean
        ? $"JPEG, PNG, GIF, WebP 이미지, {Megabytes(limitBytes)}MB 이하. 파일 내용으로 확인합니다."
        : $"JPEG, PNG, GIF or WebP, up to {Megabytes(limitBytes)} MB, judged by the file's content.";

    public string MediaDropHelp => Korean
        ? "이미지를 본문 칸에 끌어다 놓거나 붙여 넣어도 커서 위치에 들어갑니다."
        : "You can also drop or paste images into the Markdown: they go in at the cursor.";

    public string MediaTooLarge(long limitBytes) => Korean
        ? $"파일이 너무 큽니다. {Megabytes(limitBytes)}MB 이하의 이미지만 올릴 수 있습니다."
        : $"The file is too large: images may be at most {Megabytes(limitBytes)} MB.";

    public string MediaNotAnImage => Korean
        ? "이미지 파일이 아닙니다. JPEG, PNG, GIF, WebP만 받습니다(이름이 아니라 내용으로 확인합니다)."
        : "This file is not an image the blog accepts: only JPEG, PNG, GIF and WebP, judged by content, not by name.";

    public string MediaSvgRefused => Korean
        ? "SVG 이미지는 받지 않습니다(스크립트를 담을 수 있습니다). PNG나 WebP로 바꿔 올려 주세요."
        : "SVG images are not accepted (they can carry scripts): upload a PNG or WebP instead.";

    public string MediaTooManyPixels(int maxSide, long maxPixels) => Korean
        ? $"이미지의 픽셀이 너무 많습니다. 한 변은 {maxSide.ToString(CultureInfo.InvariantCulture)}픽셀, 전체는 {maxPixels.ToString("N0", CultureInfo.InvariantCulture)}픽셀 이하여야 합니다."
        : $"The image has too many pixels: at most {maxSide.ToString(CultureInfo.InvariantCulture)} px a side and {(maxPixels / 1_000_000).ToString(CultureInfo.InvariantCulture)} million pixels.";

    public string MediaChooseFile => Korean ? "이미지 파일 하나를 고르세요." : "Choose one image file.";

    public string MediaNoRight => Korean ? "이 블로그에는 이미지를 올릴 권한이 없습니다." : "You may not upload images to this blog.";

    public string MediaUploadFailed => Korean ? "올리지 못했습니다. 연결을 확인하고 다시 시도하세요." : "The upload failed. Check the connection and try again.";

    public string MediaUploading => Korean ? "올리는 중…" : "Uploading…";

    public string MediaUploaded(string name) => Korean ? $"{name}을(를) 올렸습니다." : $"{name} uploaded.";

    public string MediaInserted => Korean
        ? "이미지를 올리고 본문 끝에 넣었습니다. 저장해야 글에 남습니다."
        : "The image was uploaded and added at the end of the Markdown. Save to keep it.";

    public string MediaCount(int count) => Korean
        ? $"이미지 {count.ToString(CultureInfo.InvariantCulture)}개"
        : count == 1 ? "1 image" : $"{count.ToString(CultureInfo.InvariantCulture)} images";

    public string MediaBadPage => Korean ? "쪽 번호는 1 이상의 정수여야 합니다." : "The page must be a whole number from 1.";

    public string MediaNone => Korean ? "아직 올린 이미지가 없습니다." : "No images yet.";

    public string MediaFileName => Korean ? "파일 이름" : "File name";

    public string MediaFileSize => Korean ? "크기" : "Size";

    public string MediaDimensions => Korean ? "가로×세로" : "Dimensions";

    public string MediaUploadedOn => Korean ? "올린 때" : "Uploaded";

    public string MediaImageUrl => Korean ? "주소" : "URL";

    public string MediaImageMarkdown => Korean ? "마크다운" : "Markdown";

    public string MediaDelete => Korean ? "삭제" : "Delete";

    public string MediaDeleteNamed(string name) => Korean ? $"{name} 삭제" : $"Delete {name}";

    public string MediaDeleteHelp => Korean
        ? "삭제는 되돌릴 수 없습니다. 이 이미지를 쓰는 글에는 깨진 이미지가 보입니다."
        : "Deleting cannot be undone: posts that link to the image then show a broken image.";

    public string MediaDeleted => Korean ? "이미지를 삭제했습니다." : "Image deleted.";

    public string MediaMissing => Korean ? "이 블로그에 그런 이미지가 없습니다." : "This blog has no such image.";

    public string CannotDeleteMedia => Korean
        ? "이미지는 블로그의 소유자와 편집자, 또는 올린 사람만 삭제할 수 있습니다."
        : "Only the blog's owners and editors, or whoever uploaded it, may delete an image.";

    /// <summary>A size in bytes for people: bytes, KB or MB (powers of 1024, as the limit is counted).</summary>
    public string MediaBytes(long bytes) => bytes switch
    {
        < 1024 => bytes.ToString(Culture) + (Korean ? "바이트" : " bytes"),
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.#", Culture) + " KB",
        _ => (bytes / (1024.0 * 1024)).ToString("0.#", Culture) + " MB",
    };

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture);
}
