### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.
### b12bot, русский (предпочтения).
### Тексты в HTML Telegram: сохраняйте теги и никогда не вставляйте сюда то, что написал пациент,
### без экранирования. {"\u000A"} — перенос строки, {" "} — пробел, который Fluent иначе обрезал бы
### в начале или в конце текста. Тексты о безопасности проверяет врач перед любым изменением.

follow-up-now = Если вы не ответите на напоминание, я один раз уточню через <b>{ $delay }</b>. Чтобы изменить это, отправьте, например, /followup 2 часа или /followup 45 минут.
follow-up-set = Готово: если вы не ответите на напоминание, я один раз уточню через <b>{ $delay }</b>.
follow-up-invalid = Пожалуйста, укажите задержку от 15 минут до 12 часов, например /followup 2 часа или /followup 90 минут.
hours-and-minutes = { $hours } ч { $minutes } мин
hours-only = { $hours } ч
minutes-only = { $minutes } мин
command-follow-up = Когда уточнять после неотвеченного напоминания
