using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Net.Http.Headers;
using Platform.Gateway.Api.Errors;

namespace Platform.Gateway.Api.Bodies;

/// <summary>
/// Reads request bodies for the author API: media type checked (415), size capped (413), JSON parsed with errors
/// naming the field, line and column (400), text decoded as strict UTF-8 (400 for invalid bytes or NUL characters).
/// </summary>
internal static class RequestBodies
{
    public const string Json = "application/json";
    public const string Markdown = "text/markdown";

    private static readonly JsonSerializerOptions s_options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        MaxDepth = 16,
        AllowTrailingCommas = false,
        NumberHandling = JsonNumberHandling.Strict,
    };

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The request's media type without parameters; empty when absent or malformed.</summary>
    public static string MediaType(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) && parsed.MediaType.HasValue ? parsed.MediaType.Value! : "";
    }

    /// <summary>Throws 415 unless the media type is one of <paramref name="accepted"/>; returns the accepted one it matched.</summary>
    public static string RequireMediaType(HttpRequest request, params string[] accepted)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        var given = MediaType(request);
        var mediaType = accepted.FirstOrDefault(a => string.Equals(a, given, StringComparison.OrdinalIgnoreCase))
            ?? throw ApiException.UnsupportedMediaType($"Send the body as {string.Join(" or ", accepted)}.");

        var charset = MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.Charset.Value : null;
        if (charset is not null && !string.Equals(charset, "utf-8", StringComparison.OrdinalIgnoreCase) && !string.Equals(charset, "utf8", StringComparison.OrdinalIgnoreCase))
        {
            throw ApiException.UnsupportedMediaType($"Only UTF-8 bodies are accepted (got charset '{charset}').");
        }

        return mediaType;
    }

    /// <summary>The whole body, at most <paramref name="limit"/> bytes (413 beyond).</summary>
    public static async Task<byte[]> ReadBytesAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > limit)
        {
            throw ApiException.TooLarge(limit);
        }

        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var span = buffer.GetMemory(16 * 1024);
            var read = await request.Body.ReadAsync(span, cancellationToken);
            if (read == 0)
            {
                return buffer.WrittenSpan.ToArray();
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > limit)
            {
                throw ApiException.TooLarge(limit);
            }
        }
    }

    /// <summary>The body as text: strict UTF-8 without NUL characters; a leading byte order mark is dropped.</summary>
    public static string DecodeText(byte[] bytes, string field)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        string text;
        try
        {
            text = s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw ApiException.BadRequest(field, "The body is not valid UTF-8 text.");
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw ApiException.BadRequest(field, "The body is binary (it contains NUL characters), not text.");
        }

        return text.TrimStart('\uFEFF');
    }

    /// <summary>A JSON body as <typeparamref name="T"/>: 415 for another media type, 413 over the limit, 400 naming the field at fault.</summary>
    public static async Task<T> ReadJsonAsync<T>(HttpRequest request, long limit, CancellationToken cancellationToken)
        where T : class
    {
        RequireMediaType(request, Json);
        return ParseJson<T>(await ReadBytesAsync(request, limit, cancellationToken));
    }

    /// <summary>Parses JSON bytes as <typeparamref name="T"/>, naming the field, line and column of an error.</summary>
    public static T ParseJson<T>(byte[] bytes)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(bytes);
        T? value;
        try
        {
            value = JsonSerializer.Deserialize<T>(bytes, s_options);
        }
        catch (JsonException exception)
        {
            var field = FieldOf(exception.Path);
            var where = exception.LineNumber is { } line ? $" (line {line + 1}, column {(exception.BytePositionInLine ?? 0) + 1})" : "";
            var what = field is null ? "The body is not valid JSON for this request" : $"The field '{field}' has a value of the wrong type or form";
            throw new ApiException(StatusCodes.Status400BadRequest, "invalid-json", what + where + ".", field)
            {
                Line = exception.LineNumber is { } l ? (int)l + 1 : null,
                Column = exception.BytePositionInLine is { } c ? (int)c + 1 : null,
            };
        }

        return value ?? throw ApiException.BadRequest("body", "The body must be a JSON object.");
    }

    /// <summary><c>$.tags[2]</c> becomes <c>tags</c>; <c>$</c> or nothing becomes null.</summary>
    private static string? FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return null;
        }

        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        var end = field.IndexOfAny(['.', '[']);
        field = end > 0 ? field[..end] : field;
        return field.Trim('[', ']', '\'');
    }
}
