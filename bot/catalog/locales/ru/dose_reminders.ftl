### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.
### b12bot, русский (напоминания об уколах).
### Тексты в HTML Telegram: сохраняйте теги и никогда не вставляйте сюда то, что написал пациент,
### без экранирования. {"\u000A"} — перенос строки, {" "} — пробел, который Fluent иначе обрезал бы
### в начале или в конце текста. Тексты о безопасности проверяет врач перед любым изменением.

## phase_names: one message per key (прилагательные: «{ $phase } фаза»)
phase-names-loading = насыщающая
phase-names-transition = переходная
phase-names-maintenance = поддерживающая

dose-number-of = , укол { $number } из { $count }
dose-number = , укол { $number }
reminder-dose =
    💉 Пора сделать <b>укол B12, { $dose }</b>, { $phase } фаза{ $number }.
    Срок: { $when }.
reminder-sent-late = ⏱ Отправлено с опозданием: это напоминание было на { $when }.{"\u000A"}{"\u000A"}
# «Когда» для укола в клинике: его день и запись на приём, если она есть.
clinic-due-on-day = { $day }
clinic-appointment-at = {" "}(запись: { $when })
reminder-follow-up = Хочу уточнить: вы сделали <b>укол B12, { $dose }</b>, срок которого { $when }? Нажмите кнопку или ответьте «сделал», «позже» или «пропускаю».
reminder-late-again = ⏰ Как вы просили, напоминаю: <b>укол B12, { $dose }</b>, срок которого { $when }, ещё не сделан.
reminder-missed-one = Я отметил укол B12 со сроком { $when } как упущенный, потому что не получил ответа.
reminder-missed-many =
    Я отметил уколы B12 как упущенные ({ $count } шт.), потому что не получил ответа:
    { $dates }
reminder-missed-advice = {"\u000A"}{"\u000A"}Ничего страшного. Если вы всё же сделали укол, ответьте, например, «сделал { $example }». Если вы отстаёте от графика, спросите врача, что делать: не делайте двойную дозу без его совета.
button-done = ✅ Сделал
button-late = ⏰ Позже
button-skip = ⏭ Пропустить
