### b12bot, English (caregivers).
### Texts are Telegram HTML: keep the tags, and never put anything the patient typed here
### unescaped. {"\u000A"} is a line break and {" "} a space that Fluent would otherwise trim
### at the start or end of a text. Safety texts are reviewed by a clinician before any change.

command-caregiver = Caregivers: invite someone or end a link
caregiver-none-yet =
    <b>Caregivers</b>
    A caregiver is someone you trust. I tell them when an injection stays unconfirmed after my check-in, and when it is marked missed. For each caregiver you choose whether they also get your reminders (to give the injection and record it), a weekly summary, and your red-flag alerts (only the level and the fixed safety text, never your words). They never see your symptoms, lab values or anything you write to me. You have no caregiver yet.
caregiver-links =
    <b>Your caregivers</b>
    { $lines }
caregiver-link-line = { $number }. You appear as <b>{ $name }</b>: { $status }
caregiver-status-invited = invitation not used yet, valid until { $until }
caregiver-status-accepted = { $caregiver } accepted and waits for your confirmation
caregiver-status-active = linked with { $caregiver }, who receives { $shared }
caregiver-status-active-nothing = linked with { $caregiver }, who receives nothing for now
caregiver-cared-for =
    <b>People you care for</b>
    { $lines }
caregiver-cared-for-line = { $number }. <b>{ $name }</b>: { $status }
caregiver-caring-accepted = waiting for them to confirm
caregiver-caring-active = linked
caregiver-nobody = You are nobody's caregiver yet. If someone invited you, open their link or send /caregiver followed by the code. To invite a caregiver yourself, set up your plan first with /start.
caregiver-someone = your caregiver
caregiver-button-invite = Invite someone
caregiver-button-end = End link { $number }
caregiver-button-leave = End link { $number }
caregiver-button-choices = Choices for link { $number }
caregiver-not-a-patient = Only a patient with a plan here can invite a caregiver. Set yours up with /start.
caregiver-limit = You already have { $most } caregivers or invitations. End one with /caregiver before you invite someone else.
caregiver-ask-name = How should they see you? Send the name they know you by, for example <i>Anna</i> or <i>Mum</i>. Send /cancel to stop.
caregiver-name-invalid = That can't be used as a name. Send up to 40 characters with at least one letter, for example <i>Anna</i> or <i>Mum</i>.
caregiver-invite-cancelled = No invitation was made.
caregiver-invitation =
    Here is the invitation for the person who cares for you. Send them this link:
    { $link }

    Or they can send me <code>/caregiver { $code }</code>.

    It works once, until { $until }. They will see you as <b>{ $name }</b>, and I will ask you to confirm once they accept.
caregiver-code-unknown = That code doesn't open any invitation. Check it with the person who sent it.
caregiver-code-expired = That invitation has expired: invitations last 24 hours. Ask for a new one.
caregiver-code-used = That invitation has already been used or withdrawn. Ask for a new one.
caregiver-code-own = This is your own invitation: send the link to the person who cares for you.
caregiver-code-too-many = Too many codes that didn't work. Please wait 10 minutes, then try again.
caregiver-offer =
    <b>{ $name }</b> invites you to be their caregiver.

    <b>You will receive</b>:
    { $receives }
    <b>You will never receive</b>: their symptoms, lab values or anything they write to me.

    { $name } may change what you receive at any time, and I will tell you each time. { $name } confirms once more after you accept. Either of you can end the link at any time with /caregiver.
caregiver-button-accept = Accept
caregiver-button-decline = Decline
caregiver-already-linked = You are already { $name }'s caregiver.
caregiver-accepted = Thank you. I've asked { $name } to confirm the link; I'll tell you when it is active.
caregiver-declined = You declined { $name }'s invitation. Nothing is shared with you.
caregiver-declined-tell-patient = { $caregiver } declined your caregiver invitation. Nothing is shared.
caregiver-confirm-ask =
    { $caregiver } accepted your caregiver invitation. Once linked, { $caregiver } receives:
    { $receives }
    You can change this at any time with /caregiver, and { $caregiver } is told each time. Link?
caregiver-button-confirm = Confirm
caregiver-button-cancel = Cancel
caregiver-linked = You are linked with { $caregiver }. Change what they receive, or end the link, at any time with /caregiver.
caregiver-linked-tell-caregiver = You are now { $name }'s caregiver. End the link at any time with /caregiver.
caregiver-cancelled = The link was not made. Nothing is shared.
caregiver-cancelled-tell-caregiver = { $name } did not confirm the link. Nothing is shared with you.
caregiver-invite-withdrawn = The invitation is withdrawn: its code no longer works.
caregiver-ended = The link with { $caregiver } has ended. They will receive nothing more from me.
caregiver-ended-tell-caregiver = { $name } ended the caregiver link. You will receive nothing more about { $name }.
caregiver-left = You are no longer { $name }'s caregiver. You will receive nothing more about { $name }.
caregiver-left-tell-patient = { $caregiver } ended the caregiver link (you appeared as { $name }). They receive nothing more from me.
caregiver-stale-button = That button is out of date: send /caregiver to see your links now.

caregiver-delay-ask = How long after my check-in should { $caregiver } be told that an injection is still unconfirmed? Now: { $delay }.
caregiver-alert-unconfirmed = The injection for <b>{ $name }</b> due { $when } is still not confirmed, even after my check-in.
caregiver-alert-unconfirmed-after-late = The injection for <b>{ $name }</b> due { $when } was put off until { $again }, and it is still not confirmed.
caregiver-alert-missed = The injection for <b>{ $name }</b> due { $when } is now marked missed: nobody confirmed it.
caregiver-blocked-tell-patient = { $caregiver } (who saw you as { $name }) blocked me, so that caregiver link has ended; your own reminders go on as before.

## What a link sends, chosen by the patient per link (the overview's "Choices for link N").
caregiver-choices =
    <b>What { $caregiver } receives</b> (they see you as <b>{ $name }</b>):
    { $lines }

    Never your symptoms, lab values or anything you write to me. Tap a button to turn an item on or off; { $caregiver } is told each time.
caregiver-choice-on = ✅ { $item }
caregiver-choice-off = ⬜ { $item } (off)
caregiver-toggle-on = ✅ { $item }: on
caregiver-toggle-off = ⬜ { $item }: off
caregiver-item-alerts = Alerts
caregiver-item-reminders = Reminders
caregiver-item-weekly = Weekly summary
caregiver-item-red-flags = Red-flag alerts
caregiver-button-delay = ⏱ Alert delay: { $delay }
caregiver-button-back = ‹ Back
# The patient's side: what the caregiver receives.
caregiver-shares-alerts = Alerts: an injection still unconfirmed { $delay } after my check-in, and one marked missed
caregiver-shares-reminders = Reminders: your injection reminders, with Done / Late / Skip, so { $caregiver } can record an injection they give you
caregiver-shares-weekly = Weekly summary: how many injections were given, late, skipped or missed, and the next one
caregiver-shares-red-flags = Red-flag alerts: only the level and the fixed safety text I send you, never your words
# In the overview's line of a link.
caregiver-brief-alerts = alerts { $delay } after my check-in
caregiver-brief-reminders = your reminders
caregiver-brief-weekly = a weekly summary
caregiver-brief-red-flags = your red-flag alerts
# The caregiver's side: what they receive.
caregiver-receives-alerts = a message when an injection for { $name } is still not confirmed { $delay } after their check-in, and when it is marked missed
caregiver-receives-reminders = { $name }'s injection reminders, with Done / Late / Skip to record an injection you give them
caregiver-receives-weekly = a weekly summary: how many injections were given, late, skipped or missed, and the next one
caregiver-receives-red-flags = { $name }'s red-flag alerts: only the level and the fixed safety text I send them, never their words
caregiver-receives-nothing = • nothing for now
caregiver-bullet = • { $item }
caregiver-sharing-changed =
    <b>{ $name }</b> changed what you receive from me. From now on:
    { $receives }
    Never their symptoms, lab values or anything they write to me.

## /delete when the chat has caregiver links, on either side.
caregiver-delete-confirm =
    This erases <b>everything</b> I store about you: your plan, every injection you recorded, lab results, symptom check-ins and reminders. It cannot be undone.
    { $ends }

    Send /export first if you want a copy. Delete everything?
caregiver-delete-confirm-caregiver =
    This erases <b>everything</b> I store about you. It cannot be undone.
    { $ends }

    Send /export first if you want a copy. Delete everything?
caregiver-delete-ends-own = Your caregiver links end too, and invitations not used yet stop working: each caregiver is told and receives nothing more.
caregiver-delete-ends-caring = You stop being the caregiver of { $names }: they are told, and their own records stay with them.
