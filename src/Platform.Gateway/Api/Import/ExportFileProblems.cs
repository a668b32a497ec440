using Platform.Blogging.Import.Foreign;
using Platform.Gateway.Api.Errors;

namespace Platform.Gateway.Api.Import;

/// <summary>An export file refused whole by the importer becomes a 400 (<c>invalid-export</c>) naming the line and column.</summary>
internal static class ExportFileProblems
{
    public const string Code = "invalid-export";

    public static async Task<T> RefuseUnreadableAsync<T>(Func<Task<T>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            return await read();
        }
        catch (ImportFormatException exception)
        {
            throw new ApiException(StatusCodes.Status400BadRequest, Code, exception.Message, "body") { Line = exception.Line, Column = exception.Column };
        }
    }
}
