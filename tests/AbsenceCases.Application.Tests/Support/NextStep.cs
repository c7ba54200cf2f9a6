namespace AbsenceCases.Application.Tests.Support;

/// <summary>The rest of the pipeline as a behaviour sees it: counts its calls and answers or throws.</summary>
internal sealed class NextStep<TResponse>
{
    private readonly Func<TResponse> _answer;

    private NextStep(Func<TResponse> answer) => _answer = answer;

    public int Calls { get; private set; }

    public static NextStep<TResponse> Answering(TResponse response) => new(() => response);

    public static NextStep<TResponse> Throwing(Exception exception) => new(() => throw exception);

    public RequestHandlerDelegate<TResponse> Delegate => () =>
    {
        Calls++;
        return Task.FromResult(_answer());
    };
}
