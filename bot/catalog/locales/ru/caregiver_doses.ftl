### b12bot, русский (помощник, который делает укол: напоминание пациента и ответы на него).
### Texts are Telegram HTML: keep the tags, and never put anything the patient typed here
### unescaped. {"\u000A"} is a line break and {" "} a space that Fluent would otherwise trim
### at the start or end of a text.

## To the caregiver, in their language
cgdose-reminder = 💉 Напоминание (<b>{ $name }</b>): <b>укол B12, { $dose }</b>, срок: { $when }. Вы сделали укол?
cgdose-ask-late = {"\u000A"}{"\u000A"}⏰ Когда вы сделаете укол?
button-cgdose-back = ‹ Назад
cgdose-done = {"\u000A"}{"\u000A"}✅ Укол записан как сделанный, { $when }. <b>{ $name }</b> получит от меня уведомление.
cgdose-next = {"\u000A"}Следующий укол: { $when }.
cgdose-skipped = {"\u000A"}{"\u000A"}⏭ Укол записан как пропущенный. <b>{ $name }</b> получит от меня уведомление.
cgdose-late = {"\u000A"}{"\u000A"}⏰ Хорошо: { $when } напоминание снова получите вы и <b>{ $name }</b>.
cgdose-already = {"\u000A"}{"\u000A"}На этот укол уже ответили, поэтому ничего не изменилось.

## To the patient, when their caregiver answered for them
cgdose-outcome-done = {"\u000A"}{"\u000A"}✅ Сделан { $when }, записал(а): { $caregiver }.
cgdose-outcome-skipped = {"\u000A"}{"\u000A"}⏭ Пропущен, записал(а): { $caregiver }.
cgdose-outcome-late = {"\u000A"}{"\u000A"}⏰ Позже, записал(а): { $caregiver }. Я напомню снова { $when }.
cgdose-told-done = { $caregiver } записал(а) ваш укол B12 со сроком { $when } как сделанный. Если это не так, нажмите ↩️ Отменить под моим напоминанием.
cgdose-told-skipped = { $caregiver } записал(а) ваш укол B12 со сроком { $when } как пропущенный. Если это не так, нажмите ↩️ Отменить под моим напоминанием.
cgdose-told-late = { $caregiver } сделает ваш укол B12 со сроком { $when } позже; в моём напоминании указано, когда я напомню снова. Если это не так, нажмите ↩️ Отменить под ним.

## Who recorded an answer: /history and the report's CSV
history-recorded-by = {" "}· 👤 записал(а): { $caregiver } (помощник)
history-recorded-by-someone = {" "}· 👤 записал помощник
report-csv-column-recorded-by = записал
report-csv-recorded-by-caregiver = помощник
