using InfoSeek.Domain;
using System.Text.RegularExpressions;
using InfoSeek.Contracts;

namespace InfoSeek.Verbalizer;

/// <summary>Checks every question must pass, whoever wrote it. Returns the reason it fails, or null.</summary>
public static class QuestionChecks
{
    public const int MaxWords = 120;

    public static string? Problem(string question, TreeSnapshot tree)
    {
        var words = question.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words > MaxWords)
        {
            return $"too long: {words} words (limit {MaxWords})";
        }

        if (question.Count(c => c == '?') != 1 || !question.EndsWith('?'))
        {
            return "not one question: it must end with its only question mark";
        }

        foreach (var vertex in tree.Vertices)
        {
            var name = Titles.WithoutDisambiguation(vertex.Entity);
            if (Regex.IsMatch(question, $@"\b{Regex.Escape(name)}\b", RegexOptions.IgnoreCase))
            {
                return vertex.ParentId is null
                    ? $"answer leak: the question names the answer '{vertex.Entity}'"
                    : $"leak: the question names the hidden entity '{vertex.Entity}'";
            }
        }

        return null;
    }
}
