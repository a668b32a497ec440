using Microsoft.Extensions.Logging;
using Platform.Blogging.Errors;

namespace Platform.Blogging.Hosting;

/// <summary>
/// When a call to one of the blog domain's grains fails with anything but a domain refusal
/// (<see cref="BloggingException"/>: nothing was changed), the activation is deactivated. A failed storage write
/// may have left the activation's state ahead of what was stored; the next call activates the grain again from
/// storage, so no reader ever sees a change that was not stored. (Orleans does this itself for
/// <c>InconsistentStateException</c>; this extends it to every unexpected failure.)
/// </summary>
internal sealed partial class ReloadAfterFailureFilter(ILogger<ReloadAfterFailureFilter> logger) : IIncomingGrainCallFilter
{
    private static readonly System.Reflection.Assembly Domain = typeof(ReloadAfterFailureFilter).Assembly;

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await context.Invoke();
        }
        catch (Exception exception) when (exception is not BloggingException && context.Grain?.GetType().Assembly == Domain)
        {
            LogDeactivating(logger, exception, context.TargetId.ToString(), context.MethodName);
            // Requested like DeactivateOnIdle, without the exception: calls already queued for this activation are
            // then sent on to a fresh activation, instead of all failing with this call's exception.
            context.TargetContext.Deactivate(new DeactivationReason(DeactivationReasonCode.ApplicationRequested, "a call failed; its state is read again from storage"), CancellationToken.None);
            throw;
        }
    }

    [LoggerMessage(EventId = 240, Level = LogLevel.Warning, Message = "{Grain}.{Method} failed; the activation is deactivated so its state is read again from storage")]
    private static partial void LogDeactivating(ILogger logger, Exception exception, string grain, string method);
}
