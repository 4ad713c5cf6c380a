### b12bot, русский (помощники: сводка за неделю и общие тревожные признаки).
### Тексты в HTML Telegram: сохраняйте теги и никогда не вставляйте сюда то, что написал пациент,
### без экранирования. {"\u000A"} — перенос строки, {" "} — пробел, который Fluent иначе обрезал бы
### в начале или в конце текста. Тексты о безопасности проверяет врач перед любым изменением.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

## Сводка за неделю: только числа и даты, никогда симптомы, анализы, причины, места уколов или свободный текст.
caregiver-weekly-summary =
    { $heading }
    { $counts }

    { $next }
caregiver-weekly-heading = 📅 Сводка за неделю (<b>{ $name }</b>): { $first } – { $last }
caregiver-weekly-due =
    { $count ->
        [one] Был назначен { $count } укол:
        [few] Было назначено { $count } укола:
       *[other] Было назначено { $count } уколов:
    }
caregiver-weekly-nothing-due = На этой неделе уколов назначено не было.
caregiver-weekly-on-time = ✅ сделано вовремя: { $count }
caregiver-weekly-late = 🕒 сделано с опозданием: { $count }
caregiver-weekly-early = ✅ сделано раньше срока: { $count }
caregiver-weekly-skipped = ⏭ пропущено: { $count }
caregiver-weekly-missed = ❌ упущено: { $count }
caregiver-weekly-open = ⏳ ещё не подтверждено: { $count }
caregiver-weekly-upcoming = 🗓 ещё предстоит сегодня: { $count }
caregiver-weekly-next = Следующий укол: { $when }.
caregiver-weekly-no-next = Пока больше уколов не запланировано.

## Тревожный признак, которым делится пациент: постоянный заголовок, затем тот же текст о
## безопасности, что получил пациент (red-flag-* в symptoms_sites_stock.ftl, проверяется там).
## Проверяется вместе с ними: никогда сам признак и никогда слова пациента.
caregiver-red-flag-alert =
    ⚠️ <b>{ $name }</b> написал(а) { $when } то, что может быть тревожным признаком (уровень: { $level }). Вот что я ответил:

    { $safety }
caregiver-red-flag-level-emergency = неотложная помощь
caregiver-red-flag-level-urgent-care = к врачу сегодня
caregiver-red-flag-level-call-clinician = позвонить врачу сейчас
