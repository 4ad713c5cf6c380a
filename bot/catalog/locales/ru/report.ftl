### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.
### b12bot, русский (/report: PDF и CSV для врача пациента).
### Тексты в HTML Telegram: сохраняйте теги и никогда не вставляйте сюда то, что написал пациент,
### без экранирования. {"\u000A"} — перенос строки, {" "} — пробел, который Fluent иначе обрезал бы
### в начале или в конце текста.

## /report: a PDF and a CSV for the patient's clinician.

command-report = Отчёт (PDF и CSV) для врача
report-ask-period = 📄 Я сделаю отчёт для вашего врача: PDF для чтения и CSV, где каждый укол — отдельная строка. За какой период?
button-report-3-months = Последние 3 месяца
button-report-12-months = Последние 12 месяцев
button-report-all = С самого начала
report-working = 📄 Готовлю отчёт: { $period }…
report-ready = 📄 Ваш отчёт: { $period }. PDF и CSV ниже.
report-no-doses = В ваших записях пока нет уколов, поэтому отчитываться не о чем. Когда подойдёт срок первого укола, /report сделает отчёт.
report-no-doses-in-period = За этот период ({ $period }) в ваших записях нет уколов. Отправьте /report и выберите период подлиннее.
report-caption-pdf = Ваш отчёт за { $first } – { $last }: можно показать или отправить врачу.
report-caption-csv = Те же уколы в виде таблицы (CSV), по одной строке на каждый.
report-failed = Извините, сейчас не получилось сделать отчёт. Ваши записи в сохранности: попробуйте /report ещё раз через несколько минут.
report-stale-button = Эта кнопка устарела: отправьте /report, чтобы сделать отчёт сейчас.

## PDF. Даты — по часовому поясу пациента.

report-title = Инъекции витамина B12: сведения для врача
report-fact-zone = Часовой пояс
report-fact-period = Период
report-fact-generated = Сформирован
report-generated-at = { $day }, { $time }
report-fact-name = Пациент
report-no-name = бот не хранит (спросите пациента)
report-period-range = { $first } – { $last } (дней: { $days })
report-footer = b12bot · время по часовому поясу пациента · страница

report-summary-heading = Сводка
report-summary-doses = Уколов по плану за период: { $due }. Сделано: { $done } (вовремя { $on_time }, с опозданием { $late }, раньше срока { $early }). Пропущено: { $skipped }. Упущено: { $missed }.{ $open ->
    [0] {""}
   *[other] {" "}Срок настал, ответа пока нет: { $open }.
}
report-summary-pdc = Доля дней, покрытых лечением, за период: { $percent } %.
report-summary-pdc-none = Доля дней, покрытых лечением: в периоде нет дней для подсчёта.
report-summary-last = Последний сделанный укол: { $day } ({ $ago ->
    [0] в день отчёта
   *[other] за { $days } до отчёта
}).
report-summary-no-injection = За период не сделано ни одного укола.
report-summary-plan = Текущий план: { $plan }.
report-summary-intervals = Дней между уколами за период: медиана { $median }, максимум { $longest }.
report-summary-drifts = Случаев смещения интервала: { $count }.
report-summary-labs = Результатов анализов за период: { $count }.
report-summary-symptoms = Отметок о симптомах: { $count } (сумма баллов последней: { $latest } из { $highest }).
report-summary-red-flags = Тревожных сигналов: { $count }.

report-plan-heading = План, все версии
report-plan-version = Версия { $number }: { $name }, действует с { $start }{ $until }.
report-plan-until = {" "}по { $day }
report-plan-source = Источник шаблона: { $source }
report-plan-given = { $drug }, { $route }, кто делает: { $giver }.
report-plan-switch = Фаза { $position } закончилась { $day }: врач перевёл пациента на следующую фазу.
report-giver-self = сам пациент
report-giver-caregiver = ухаживающий человек
report-giver-clinic = медсестра или клиника

report-windows-heading = Когда укол считается сделанным вовремя
report-window-day = Плановый промежуток от { $start } до { $to } дн.: только в плановый день.
report-window-days = Плановый промежуток от { $start } до { $to } дн.: в пределах { $days } до или после планового дня.
report-window-last = Плановый промежуток от { $start } дн. и больше: в пределах { $days } до или после планового дня.
report-windows-note = Укол, сделанный дальше от планового дня, считается опоздавшим (или досрочным). Для доли покрытых дней каждый сделанный укол покрывает дни до следующего планового укола; дни паузы не учитываются.

report-adherence-heading = Соблюдение по фазам
report-col-phase = Фаза
report-col-on-time = Вовремя
report-col-late = Позже
report-col-early = Раньше
report-col-skipped = Пропущено
report-col-missed = Упущено
report-col-open = Без ответа
report-col-done = Сделано

report-doses-heading = Каждый укол: по плану и фактически
report-col-planned = По плану
report-col-number = №
report-col-dose = Доза
report-col-outcome = Итог
report-col-given = Сделан
report-col-days-late = Опозд. (дн.)
report-col-interval = Интервал (дн.)
report-col-planned-interval = План (дн.)
report-col-site = Место
report-col-reason = Причина пропуска
report-doses-note = Опозд. (дн.): через сколько дней после планового дня сделан укол (отрицательное число — раньше). Интервал (дн.): дней после предыдущего сделанного укола. План (дн.): дней между этим и предыдущим уколом по плану.
report-outcome-on-time = вовремя
report-outcome-late = с опозданием
report-outcome-early = раньше срока
report-outcome-skipped = пропущен
report-outcome-missed = упущен
report-outcome-open = без ответа
report-outcome-upcoming = предстоит
report-outcome-before-plan = до начала плана

report-chart-intervals-title = Дни между уколами: фактически и по плану
report-chart-intervals-x = Дата укола
report-chart-intervals-y = Дни
report-chart-actual = фактически
report-chart-planned = по плану

report-drifts-heading = Дни между уколами и смещение
report-drift-line = Смещение выявлено { $day }: по плану каждые { $planned } дн.; последние интервалы: { $actual } дн.
report-drifts-none = Смещение интервала (несколько интервалов подряд длиннее плана): за период не выявлено.

report-labs-heading = Результаты анализов
report-col-test = Анализ
report-col-date = Дата
report-col-result = Результат
report-col-change = Изменение к предыдущему
report-change-up = выше на { $change } { $unit }
report-change-down = ниже на { $change } { $unit }
report-change-same = без изменений
report-change-up-from = выше, чем { $previous }
report-change-down-from = ниже, чем { $previous }
report-change-first = первый результат
report-change-other-unit = предыдущий в других единицах ({ $previous })
report-labs-none = За период результаты анализов не записаны.

report-symptoms-heading = Симптомы
report-symptoms-scale = В каждой отметке шесть симптомов оцениваются от 0 (нет) до 3 (сильно); сумма — от 0 до { $highest }.
report-symptoms-none = За период отметок о симптомах нет.
report-check-ins-heading = Каждая отметка о симптомах
report-chart-symptoms-title = Сумма баллов симптомов в каждой отметке
report-chart-symptoms-x = Дата отметки
report-chart-score = Сумма баллов
report-chart-since-title = Симптомы и дни после последнего укола
report-chart-since-x = Дней после последнего укола, сделанного до отметки
report-symptoms-since-note = Если симптомы усиливаются по мере того, как растёт число дней после укола, возможно, они возвращаются раньше срока следующего укола.
report-col-since = Дней после укола
report-col-total = Сумма
report-symptom-short-fatigue = Усталость
report-symptom-short-tingling = Покалывание
report-symptom-short-balance = Равновесие
report-symptom-short-mouth-soreness = Рот
report-symptom-short-memory = Память
report-symptom-short-mood = Настроение

report-red-flags-heading = Тревожные сигналы
report-red-flags-note = Дата и уровень каждого сообщения, в котором нашёлся тревожный признак; слова пациента в отчёте не сохраняются.
report-red-flag-line = { $day }: { $level } ({ $sign })
report-red-flags-none = За период не было.
report-level-emergency = неотложная помощь
report-level-urgent-care = к врачу сегодня
report-level-call-clinician = связаться с врачом

report-stock-heading = Запас и паузы
report-stock = Ампул в запасе: { $count }.
report-stock-unknown = Ампул в запасе: не указано.
report-pause-line = Напоминания приостановлены с { $start } по { $to }.
report-pause-ended = Напоминания приостановлены с { $start }; досрочно возобновлены { $ended }.
report-pauses-none = За период пауз не было.

# The CSV's header and its phase and outcome codes: identifiers a spreadsheet reads, in this language.
report-csv-column-dose-id = id_дозы
report-csv-column-phase = фаза
report-csv-column-number-in-phase = номер_в_фазе
report-csv-column-planned-local-date = плановая_дата_местная
report-csv-column-due-at-utc = срок_utc
report-csv-column-due-local = срок_местное
report-csv-column-taken-local-date = дата_укола_местная
report-csv-column-taken-at-utc = укол_utc
report-csv-column-taken-local = укол_местное
report-csv-column-outcome = исход
report-csv-column-days-late = дней_опоздания
report-csv-column-interval-since-previous-days = интервал_от_предыдущего_дней
report-csv-column-planned-interval-days = плановый_интервал_дней
report-csv-column-site = место
report-csv-column-skip-reason = причина_пропуска
report-csv-phase-loading = насыщение
report-csv-phase-transition = переход
report-csv-phase-maintenance = поддержка
report-csv-outcome-on-time = вовремя
report-csv-outcome-late = с_опозданием
report-csv-outcome-early = раньше
report-csv-outcome-skipped = пропущен
report-csv-outcome-missed = не_сделан
report-csv-outcome-open = открыт
report-csv-outcome-upcoming = предстоит
report-csv-outcome-before-plan = до_плана
