using InfoSeek.Contracts;
using InfoSeek.Domain.Questions;
using InfoSeek.Verbalizer.Consumers;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InfoSeek.Verbalizer.Tests;

/// <summary>The consumer on MassTransit's in-memory test harness.</summary>
public sealed class TreeCompletedConsumerTests
{
    private static async Task<T> PublishAndAwait<T>(TreeCompleted message)
        where T : class
    {
        await using var provider = new ServiceCollection()
            .AddTreeVerbalizer()
            .AddMassTransitTestHarness(x => x.AddConsumer<TreeCompletedConsumer>())
            .BuildServiceProvider(true);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        try
        {
            await harness.Bus.Publish(message);
            Assert.True(await harness.Consumed.Any<TreeCompleted>());
            Assert.True(await harness.Published.Any<T>(), $"no {typeof(T).Name} was published");
            return harness.Published.Select<T>().Single().Context.Message;
        }
        finally
        {
            await harness.Stop();
        }
    }

    private static TreeCompleted Completed(TreeSnapshot tree) => new(Guid.NewGuid(), Guid.NewGuid(), 7, tree);

    [Fact]
    public async Task A_tree_whose_question_passes_the_checks_becomes_QuestionVerbalized()
    {
        var message = Completed(SampleTrees.PipelineTrees["Stretford"]);
        var verbalized = await PublishAndAwait<QuestionVerbalized>(message);
        Assert.Equal((message.RunId, message.TreeId, 7), (verbalized.RunId, verbalized.TreeId, verbalized.Step));
        Assert.Equal("Stretford", verbalized.Answer);
        Assert.Equal(QuestionGrammar.Question(message.Tree), verbalized.Question);
    }

    [Fact]
    public async Task A_tree_whose_question_leaks_becomes_VerbalizationFailed_with_the_reason()
    {
        var message = Completed(SampleTrees.Leaking(SampleTrees.PipelineTrees["Edward the Elder"]));
        var failed = await PublishAndAwait<VerbalizationFailed>(message);
        Assert.Equal((message.TreeId, 7), (failed.TreeId, failed.Step));
        Assert.Equal("answer leak: the question names the answer 'Edward the Elder'", failed.Reason);
    }

    [Fact]
    public async Task A_malformed_tree_becomes_VerbalizationFailed_instead_of_a_poison_message()
    {
        var stretford = SampleTrees.PipelineTrees["Stretford"];
        var failed = await PublishAndAwait<VerbalizationFailed>(Completed(new TreeSnapshot([stretford.Vertices[0]])));
        Assert.StartsWith("malformed tree: A claim points to vertex 1, which is not in the tree.", failed.Reason, StringComparison.Ordinal);
    }
}
