namespace Platform.Gateway.Studio.Media;

/// <summary>An upload as read from the request: the name it came with and its bytes, not yet checked.</summary>
internal sealed record StudioUploadFile(string Name, byte[] Bytes);
