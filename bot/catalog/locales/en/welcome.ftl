### b12bot, English (welcome).
### Texts are Telegram HTML: keep the tags, and never put anything the patient typed here
### unescaped. {"\u000A"} is a line break and {" "} a space that Fluent would otherwise trim
### at the start or end of a text. Safety texts are reviewed by a clinician before any change.

welcome =
    Hello{ $name }! I'm <b>b12bot</b>. I help you keep to the vitamin B12 injection plan your prescriber gave you.

    <b>What I do</b>
    • remind you of each injection and lab test, at the time you choose
    • record what happened: done, late or skipped
    • tell you when your next shot is due

    <b>What I don't do</b>
    I never prescribe or change a dose: every number comes from your prescriber's plan. For medical questions, ask your clinician. In an emergency, call your local emergency number.

    Send /help to see everything I understand.
welcome-back = Welcome back{ $name }. Your records are as you left them. Send /help to see what I can do.
help =
    <b>What I understand</b>
    { $commands }

    I remind you of what your prescriber planned; I never change a dose. For medical questions, ask your clinician.
help-command-line = /{ $command } — { $description }
command-start = Start, or see what this bot does
command-help = What I understand
