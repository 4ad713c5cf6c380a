### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.
### b12bot, русский (/history: записи по страницам, исправления, график интервалов).
### Тексты в HTML Telegram: сохраняйте теги и никогда не вставляйте сюда то, что написал пациент,
### без экранирования. {"\u000A"} — перенос строки, {" "} — пробел, который Fluent иначе обрезал бы
### в начале или в конце текста.

command-history = Мои уколы и исправление записи
history-title = 📖 <b>История ваших уколов</b> (страница { $page } из { $pages })
history-empty = Пока ничего не записано: первый укол ещё впереди.
# Одна строка на фазу, над уколами.
history-summary = • <b>{ $phase }</b>: сделано { $done } (вовремя { $on_time }, с опозданием { $late }{ $early ->
        [0] {""}
       *[other] , раньше срока { $early }
    }), пропущено { $skipped }, упущено { $missed }{ $open ->
        [0] {""}
       *[other] , без ответа пока { $open }
    }
history-line = <b>{ $day }</b> · { $phase } · { $what }{ $site }
history-line-before-plan = <b>{ $day }</b> · 💉 сделан до начала плана
history-phase-number-of = { $phase } фаза, { $number }/{ $count }
history-phase-number = { $phase } фаза, { $number }
history-site = {" "}· 📍 { $site }
history-done = ✅ сделан
history-done-on-time = ✅ сделан { $taken } (вовремя)
history-done-late = ⏰ сделан на { $days } позже, { $taken }
history-done-early = ⏩ сделан на { $days } раньше, { $taken }
history-skipped = ⏭ пропущен
history-skipped-because = ⏭ пропущен: «{ $reason }»
history-missed = ❌ упущен
history-open = ⏳ срок настал, ответа пока нет
history-upcoming = 🗓 следующий
button-history-newer = ‹ Новее
button-history-older = Старше ›
button-history-edit = ✏️ Исправить запись
button-history-chart = 📈 График
button-history-back = ‹ Назад
button-history-show = 📖 Показать историю
button-history-fix = ✏️ { $day } · { $phase }
history-pick = ✏️ Какая запись неверна? Нажмите на неё ниже.
history-button-stale = Эта кнопка устарела: отправьте /history, чтобы увидеть историю сейчас.

## Исправление записи
history-fix-ask-done =
    Укол ({ $phase }), запланированный на { $planned }, записан как сделанный { $taken }.
    В какой день он был сделан? Например, «{ $example }» или «вчера». Отправьте /cancel, чтобы оставить как есть.
history-fix-ask-given =
    Укол ({ $phase }), запланированный на { $planned }, записан как { $was }.
    Если вы всё-таки его сделали, то в какой день? Например, «{ $example }» или «вчера». Отправьте /cancel, чтобы оставить как есть.
history-was-skipped = пропущенный
history-was-missed = упущенный
history-fix-again = Или отправьте /cancel, чтобы оставить запись как есть.
history-fix-too-early = Это больше чем за { $days } до запланированного дня ({ $planned }). Пожалуйста, отправьте день, когда был сделан укол, например «{ $example }», или /cancel.
history-fix-same-day = Этот день уже записан, поэтому ничего не изменилось.
history-fixed = ✏️ Исправлено: укол ({ $phase }), запланированный на { $planned }, теперь записан как сделанный { $taken } (было: { $was }).
history-fix-cancelled = Хорошо, запись остаётся как была.

## График интервалов
history-chart-too-few = График сравнивает дни между уколами с планом, поэтому нужно хотя бы два сделанных укола. Спросите снова после следующего.
history-chart-title = Дни между уколами
history-chart-x = Дата укола
history-chart-y = Дней после предыдущего укола
history-chart-actual = Фактически
history-chart-planned = По плану
history-chart-caption = 📈 Дни между вашими уколами (столбцы) по сравнению с планом (линия).
history-chart-failed = Извините, сейчас не получилось нарисовать график. Пожалуйста, попробуйте позже.
