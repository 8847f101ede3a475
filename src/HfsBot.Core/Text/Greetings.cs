namespace HfsBot.Core.Text;

/// <summary>
/// The words members open a message with to say hello, in English and in the languages members write from. One
/// list, read both by <see cref="SmallTalk"/> (a message that only says hello gets a friendly reply) and by
/// <see cref="LetterFraming"/> (a greeting before a question is left out of matching). Written as members type
/// them after normalising: lower case, no accents, no apostrophes ("ola" covers "olá", "gday" covers "g'day").
/// </summary>
internal static class Greetings
{
    public static readonly string[] Openers =
    [
        "hi", "hello", "hey", "heya", "hiya", "howdy", "greetings", "yo", "gm",
        "morning", "afternoon", "evening", "good morning", "good afternoon", "good evening", "good day", "gday",
        "ola", "hola", "namaste", "salut", "hallo", "ciao", "bonjour", "bom dia", "boa tarde", "buenos dias",
        "buenas", "sawubona", "salaam", "salam", "assalamu alaikum", "kia ora", "jambo", "habari", "marhaba",
        "konnichiwa", "xin chao", "kumusta", "dzien dobry", "shalom", "merhaba", "guten tag",
    ];
}
