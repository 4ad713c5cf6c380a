### b12bot, English (fallback).
### Texts are Telegram HTML: keep the tags, and never put anything the patient typed here
### unescaped. {"\u000A"} is a line break and {" "} a space that Fluent would otherwise trim
### at the start or end of a text. Safety texts are reviewed by a clinician before any change.

unknown-command = I don't know the command { $command }. Send /help to see everything I understand.
unknown-command-nearest = I don't know the command { $command }. Did you mean /{ $nearest }? Send /help to see everything I understand.
nothing-to-cancel = There is nothing to cancel or go back from right now. Send /help to see everything I understand.
only-text = I can only read text messages and buttons. You can reply, for example, <i>done</i>, <i>late</i> or <i>when's my next shot?</i> Send /help to see everything I understand.
# A pop-up: plain text, no HTML.
stale-button = That button belongs to an earlier question.
