namespace Platform.Gateway.Api.Errors;

/// <summary>A refusal by the API layer itself (auth, media type, preconditions, body limits), turned into problem+json by <see cref="ApiErrorFilter"/>.</summary>
internal sealed class ApiException : Exception
{
    public ApiException(int status, string code, string message, string? field = null)
        : base(message)
    {
        Status = status;
        Code = code;
        Field = field;
    }

    public ApiException()
        : this(StatusCodes.Status400BadRequest, "bad-request", "The request could not be served.")
    {
    }

    public ApiException(string message)
        : this(StatusCodes.Status400BadRequest, "bad-request", message)
    {
    }

    public ApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Status = StatusCodes.Status400BadRequest;
        Code = "bad-request";
    }

    public int Status { get; }

    public string Code { get; }

    public string? Field { get; }

    public int? Line { get; init; }

    public int? Column { get; init; }

    public static ApiException Unauthorized(string message) => new(StatusCodes.Status401Unauthorized, "unauthorized", message);

    public static ApiException Forbidden(string message) => new(StatusCodes.Status403Forbidden, "forbidden", message);

    public static ApiException BadRequest(string field, string message) => new(StatusCodes.Status400BadRequest, "invalid-input", message, field);

    public static ApiException UnsupportedMediaType(string message) => new(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", message, "Content-Type");

    public static ApiException TooLarge(long limit) => new(StatusCodes.Status413PayloadTooLarge, "body-too-large", $"The request body is over the limit of {limit} bytes.");
}
