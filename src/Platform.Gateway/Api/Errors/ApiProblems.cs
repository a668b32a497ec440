using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Platform.Blogging.Content;
using Platform.Blogging.Errors;

namespace Platform.Gateway.Api.Errors;

/// <summary>
/// RFC 9457 problem details for the author API: <c>type</c> is <c>urn:platform:problem:{code}</c>, and the
/// extensions <c>code</c>, <c>field</c>, <c>line</c> and <c>column</c> say what and where, when known.
/// </summary>
internal static class ApiProblems
{
    public static ProblemHttpResult Create(int status, string code, string detail, string? field = null, int? line = null, int? column = null)
    {
        var problem = new ProblemDetails
        {
            Type = "urn:platform:problem:" + code,
            Title = Title(status),
            Status = status,
            Detail = detail,
        };
        problem.Extensions["code"] = code;
        if (field is not null)
        {
            problem.Extensions["field"] = field;
        }

        if (line is not null)
        {
            problem.Extensions["line"] = line;
        }

        if (column is not null)
        {
            problem.Extensions["column"] = column;
        }

        return TypedResults.Problem(problem);
    }

    /// <summary>The problem for an exception the API knows, or null for one it does not (that one is a bug: 500).</summary>
    public static ProblemHttpResult? FromException(Exception exception) => exception switch
    {
        ApiException api => Create(api.Status, api.Code, api.Message, api.Field, api.Line, api.Column),
        BlogNotFoundException or PostNotFoundException => Create(StatusCodes.Status404NotFound, ((BloggingException)exception).Code, exception.Message),
        BlogAlreadyExistsException or SlugConflictException or DomainConflictException => Create(StatusCodes.Status409Conflict, ((BloggingException)exception).Code, exception.Message, ((BloggingException)exception).Field),
        RevisionMismatchException mismatch => Create(StatusCodes.Status412PreconditionFailed, mismatch.Code, mismatch.Message),
        Platform.Blogging.Media.MediaRejectedException media => Create(
            media.Reason == Platform.Blogging.Media.MediaRejection.NotAnImage ? StatusCodes.Status415UnsupportedMediaType : StatusCodes.Status413PayloadTooLarge, media.Code, media.Message, media.Field),
        BloggingException blogging => Create(StatusCodes.Status400BadRequest, blogging.Code, blogging.Message, blogging.Field),
        ContentException content => Create(StatusCodes.Status400BadRequest, "invalid-content", content.Message, content.Field, content.Line, content.Column),
        BadHttpRequestException bad => Create(bad.StatusCode, bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "body-too-large" : "bad-request", bad.Message),
        InvalidDataException => Create(StatusCodes.Status400BadRequest, "invalid-zip", "The upload is not a readable zip file."),
        Orleans.Runtime.SiloUnavailableException or Orleans.Runtime.OrleansMessageRejectionException =>
            Create(StatusCodes.Status503ServiceUnavailable, "cluster-changing", "A node of the cluster just left and its work is moving to the others; try again in a few seconds."),
        _ => null,
    };

    private static string Title(int status) => status switch
    {
        400 => "Bad request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not found",
        409 => "Conflict",
        412 => "Precondition failed",
        413 => "Content too large",
        415 => "Unsupported media type",
        428 => "Precondition required",
        429 => "Too many requests",
        503 => "Service unavailable",
        _ => "Request refused",
    };
}
