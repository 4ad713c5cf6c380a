### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.
### b12bot, русский (составление плана).
### Тексты в HTML Telegram: сохраняйте теги и никогда не вставляйте сюда то, что написал пациент,
### без экранирования. {"\u000A"} — перенос строки, {" "} — пробел, который Fluent иначе обрезал бы
### в начале или в конце текста. Тексты о безопасности проверяет врач перед любым изменением.

command-regimen = Составить или изменить план уколов
command-cancel = Остановить то, что мы делаем
# План словами (bot.catalog.plan_words), используется в напоминаниях и /status.
plan-every-day = каждый день
plan-every-other-day = через день
plan-every-week = каждую неделю
plan-every-n-weeks =
    { $weeks ->
        [one] каждую { $weeks } неделю
        [few] каждые { $weeks } недели
        [many] каждые { $weeks } недель
       *[other] каждые { $weeks } недели
    }
plan-every-n-days =
    { $days ->
        [one] каждый { $days } день
        [few] каждые { $days } дня
        [many] каждые { $days } дней
       *[other] каждые { $days } дня
    }
plan-every-month = каждый месяц
plan-every-n-months =
    { $months ->
        [one] каждый { $months } месяц
        [few] каждые { $months } месяца
        [many] каждые { $months } месяцев
       *[other] каждые { $months } месяца
    }
plan-on-weekdays = по дням недели: { $days }
plan-and = { $items } и { $last }
plan-for-one-injection = 1 укол
plan-for-injections =
    { $count ->
        [one] { $count } укол
        [few] { $count } укола
        [many] { $count } уколов
       *[other] { $count } укола
    }
plan-for-one-day = в течение 1 дня
plan-for-days =
    { $days ->
        [one] в течение { $days } дня
       *[other] в течение { $days } дней
    }
plan-for-one-week = в течение 1 недели
plan-for-weeks =
    { $weeks ->
        [one] в течение { $weeks } недели
       *[other] в течение { $weeks } недель
    }
plan-until-no-further-improvement = пока врач не перестанет видеть дальнейшее улучшение
plan-no-set-end = без точного срока окончания
plan-maintenance-mark = (поддерживающая)
plan-then = , затем{" "}
plan-kind-loading = Насыщение
plan-kind-transition = Переходный этап
plan-kind-maintenance = Поддержка
plan-phase-line = { $position }. { $kind }: { $words }
setup-intro-new =
    Давайте составим ваш план уколов. Пожалуйста, держите под рукой рецепт или письмо из клиники: каждое число должно быть взято оттуда.
    Отправьте /back, чтобы вернуться на шаг назад, или /cancel, чтобы остановиться в любой момент.
setup-intro-change =
    Давайте составим новый план. Текущий план действует, пока вы не подтвердите новый, а история уколов сохранится в любом случае.
    Отправьте /back, чтобы вернуться на шаг назад, или /cancel, чтобы остановиться в любой момент.
setup-ask-preset = Какой из этих вариантов совпадает с вашим рецептом? Это только отправная точка: я покажу вам каждое число для проверки. Выберите <b>Свой план</b>, чтобы ввести свой план по фазам.
setup-ask-preset-dose = Какая доза у каждого поддерживающего укола? Пожалуйста, введите её точно как в рецепте, например <i>1000 мкг</i> или <i>1 мг</i>.
setup-button-every-n-months =
    { $months ->
        [one] Каждый { $months } месяц
        [few] Каждые { $months } месяца
        [many] Каждые { $months } месяцев
       *[other] Каждые { $months } месяца
    }
setup-review =
    <b>{ $name }</b>
    <i>Источник: { $source }</i>

    { $phases }

    Пожалуйста, сравните каждое число с рецептом. Всё точно совпадает?
setup-button-matches = Да, совпадает
setup-button-change-numbers = Изменить число
setup-ask-editor =
    Ваш план на данный момент:
    { $phases }

    Выберите фазу, которую нужно изменить, или <b>Готово</b>, когда каждое число совпадает с рецептом.
setup-no-phases-yet = (фаз пока нет)
setup-button-change-phase = Изменить фазу { $position }
setup-button-remove-phase = Удалить фазу { $position }
setup-button-add-phase = Добавить фазу
setup-button-done = Готово
setup-plan-problem =
    { $problem }

    Пожалуйста, измените фазу, которая не совпадает с рецептом.
setup-ask-phase-kind =
    Фаза { $position }: что это за фаза?
    <b>Насыщение</b>: первые частые уколы. <b>Переходный этап</b>: промежуточный шаг, который есть в некоторых планах. <b>Поддержка</b>: длительные уколы.
setup-ask-cadence = Фаза { $position } ({ $kind }): как часто делается укол?
setup-button-keep = Оставить: { $value }
setup-button-daily = Каждый день
setup-button-alternate-days = Через день
setup-button-weekly = Каждую неделю
setup-button-four-weekly = Каждые 4 недели
setup-button-other-days = Каждые … дней
setup-button-weekdays = В определённые дни недели
setup-button-months = Каждые … месяцев
setup-ask-interval-days = Через сколько дней? Отправьте число, например <i>14</i> — раз в 2 недели.
setup-ask-interval-months = Через сколько месяцев? Отправьте число, например <i>3</i>.
setup-ask-weekdays = Фаза { $position }: в какие дни недели? Нажмите на каждый нужный день, затем <b>Готово</b>.
setup-weekday-ticked = ✓ { $day }
setup-ask-end = Фаза { $position } ({ $kind }): сколько она длится?
setup-button-end-injections = Определённое число уколов
setup-button-end-duration = Определённое число дней или недель
setup-button-end-open = Пока врач не изменит
setup-ask-count = Сколько уколов в этой фазе? Отправьте число, например <i>7</i>.
setup-ask-duration = Как долго? Отправьте дни или недели, например <i>14 дней</i> или <i>2 недели</i>.
setup-duration-in-days-or-weeks = Пожалуйста, укажите длительность в днях или неделях, например <i>14 дней</i> или <i>2 недели</i>.
setup-ask-dose = Фаза { $position } ({ $kind }): какая доза у каждого укола? Отправьте количество и единицы из рецепта, например <i>1000 мкг</i> или <i>1 мг</i>.
setup-button-same-dose = Как в фазе { $position }: { $dose }
setup-ask-more =
    Ваш план на данный момент:
    { $phases }

    Есть ли в рецепте ещё одна фаза после этой?
setup-button-add-another = Добавить ещё фазу
setup-button-thats-all = Это всё
setup-ask-drug = Какая форма витамина B12? Это написано на этикетке ампулы.
setup-ask-drug-suggested = Какая форма витамина B12? Это написано на этикетке ампулы. (В планах, как тот, что вы выбрали, обычно используют { $drug }.)
setup-drug-cyanocobalamin = Цианокобаламин
setup-drug-hydroxocobalamin = Гидроксокобаламин
setup-drug-methylcobalamin = Метилкобаламин
setup-drug-other = Другая форма
# The drug's name inside a sentence (German nouns keep their capital).
setup-drug-in-sentence-cyanocobalamin = цианокобаламин
setup-drug-in-sentence-hydroxocobalamin = гидроксокобаламин
setup-drug-in-sentence-methylcobalamin = метилкобаламин
setup-drug-in-sentence-other = другую форму
setup-ask-route = Я создан для уколов B12. Пожалуйста, проверьте рецепт: как вводится ваш препарат?
setup-button-im = В мышцу (в/м)
setup-button-deep-sc = Глубоко под кожу (п/к)
setup-route-not-injection =
    Спасибо, что сказали. Таблетки, спреи и рассасывающиеся таблетки B12 помогают многим, но я создан только для планов с уколами, поэтому не могу следить за ними. Соблюдать план приёма таблеток вам поможет врач или фармацевт.

    Если в рецепте есть и уколы, выберите, как они вводятся:
setup-route-unrecognised = Пожалуйста, выберите одну из кнопок или напишите <i>в/м</i> (в мышцу) или <i>п/к</i> (глубоко под кожу).
setup-ask-giver = Кто делает укол?
setup-giver-self = Я сам(а)
setup-giver-caregiver = Человек, который за мной ухаживает
setup-giver-clinic = Медсестра или клиника
setup-ask-zone =
    В каком вы часовом поясе? Я напоминаю по вашему местному времени.
    Отправьте ближайший город (например, <i>Москва</i>) или название пояса (<i>Europe/Moscow</i>), поделитесь геопозицией кнопкой ниже или выберите смещение от UTC.
setup-button-share-location = Поделиться геопозицией
setup-button-choose-offset = Выбрать смещение от UTC
setup-ask-zone-offset = Сейчас { $utc } UTC. Выберите смещение, которое даёт ваше местное время.
setup-zone-from-location-unknown = Не получилось определить часовой пояс по геопозиции. Сейчас { $utc } UTC: пожалуйста, выберите смещение, которое даёт ваше местное время, или отправьте ближайший город.
setup-ask-zone-choice = Какой из них ваш?
setup-zone-did-you-mean = Я не нашёл «{ $typed }». Вы имели в виду { $place } ({ $zone })?
setup-zone-did-you-mean-one-of = Я не нашёл «{ $typed }». Вы имели в виду один из этих вариантов?
setup-zone-place-label = { $place } ({ $zone })
setup-button-none-of-these = Ничего из этого
setup-zone-none-of-these = Тогда, пожалуйста, отправьте ближайший крупный город или смещение от UTC, например <i>Новосибирск</i> или <i>UTC+7</i>.
setup-zone-offset-label = UTC{ $sign }{ $hours }
setup-zone-set = Часовой пояс: <b>{ $zone }</b> (там сейчас { $time }).
setup-ask-start-from =
    Как расставить ваши уколы?
    • Ещё не начинали: назовите дату <b>первого</b> укола.
    • Уже идёте по этому плану: назовите дату <b>последнего</b> укола, и я буду считать от неё.
setup-button-first-injection = Мой первый укол
setup-button-last-injection = Мой последний укол
setup-ask-start-from-change =
    С чего начинается новый план?
    • <b>С моего следующего укола</b>: вы называете его дату.
    • <b>С моего последнего укола</b>: вы называете его дату, и я считаю новый план от неё.
setup-button-from-next = С моего следующего укола
setup-resume-in-phase = Где вы сейчас: <b>{ $phase } фаза, укол { $number }{ $of }</b> ({ $day }).
setup-resume-of-count = {" "}из { $count }
setup-resume-phase-next = Где вы сейчас: следующей идёт <b>{ $phase } фаза</b> (последний укол: { $day }).
setup-ask-resume =
    { $where }
    Как продолжить новый план?
    • <b>Продолжить с того места, где я сейчас</b>: уже сделанные уколы засчитываются, а следующий считается от { $day }.
    • <b>{ $restart }</b>: с даты, которую вы назовёте. Уже сделанные уколы останутся в истории.
setup-button-carry-on = Продолжить с того же места
setup-button-restart-phase = Начать заново: { $phase } фаза
setup-button-start-phase = С моей даты: { $phase } фаза
setup-button-from-last = С моего последнего укола
setup-ask-first-date = Какого числа ваш первый укол по этому плану? Например, <i>сегодня</i>, <i>12 марта</i> или <i>2026-03-12</i>.
setup-ask-last-date = Когда был ваш последний укол? Например, <i>вчера</i>, <i>12 марта</i> или <i>2026-03-12</i>.
setup-ask-which-date = Вы имели в виду { $first } или { $second }?
setup-ask-time = В какое время дня вам напоминать? Например, <i>9:00</i> или <i>21:30</i>.
setup-summary =
    <b>Пожалуйста, проверьте план</b>
    { $plan }

    <b>Ближайшие уколы</b>
    { $dates }

    { $maintenance }
    <b>Препарат:</b> { $drug }
    <b>Введение:</b> { $route }, { $giver }
    <b>Часовой пояс:</b> { $zone }
    <b>Напоминания в:</b> { $time }

    Всё верно? Ничего не сохранится, пока вы не подтвердите.
setup-summary-date-line = • { $when }
setup-maintenance-starts = <b>Начало поддерживающей фазы:</b> { $day }
setup-maintenance-from-start = <b>Поддерживающая фаза:</b> с первого укола по этому плану
setup-maintenance-on-switch = <b>Начало поддерживающей фазы:</b> когда врач переведёт вас на неё
setup-no-maintenance = <b>Поддерживающая фаза:</b> не входит в этот план
setup-overdue = {"\u000A"}⚠️ По этим датам укол нужно было сделать ещё { $day }, больше суток назад. Пожалуйста, спросите врача или медсестру, когда его сделать; советовать здесь я не могу. Вы всё равно можете сохранить план и записать укол, когда сделаете его.{"\u000A"}
setup-route-im = в мышцу (в/м)
setup-route-deep-sc = глубоко под кожу (п/к)
setup-given-by-self = вы сами
setup-given-by-caregiver = человек, который за вами ухаживает
setup-given-by-clinic = медсестра или клиника
setup-button-confirm = Подтвердить и сохранить
setup-button-start-over = Начать сначала
setup-saved = Сохранено. Первое напоминание придёт <b>{ $when }</b>.
setup-saved-due-now = Сохранено. По этому плану укол уже пора делать, поэтому первое напоминание придёт сразу.
setup-saved-asking-one = Сохранено. По этому плану укол нужно было сделать ещё <b>{ $when }</b>, поэтому я спрашиваю о нём сейчас: нажмите кнопку под напоминанием ниже.
setup-saved-asking-many = Сохранено. По этому плану уже прошли сроки нескольких уколов ({ $count }), поэтому я спрашиваю о них сейчас: о последнем — в напоминании ниже, об остальных — одним вопросом.
# План с уколами в клинике: первое напоминание — записаться в клинику.
setup-saved-book-now = Сохранено. Следующий укол в клинике нужно сделать <b>{ $day }</b>: напоминание записаться придёт сразу.
setup-saved-book-later = Сохранено. Я напомню записаться в клинику <b>{ $when }</b>, для укола со сроком <b>{ $day }</b>.
# После изменения плана с продолжением: уже отправленные напоминания об открытых уколах остаются в силе.
setup-saved-reminder-stands = Сохранено. Напоминание об уколе со сроком { $days } остаётся в силе: нажмите кнопку под ним или ответьте «сделал».
setup-saved-and-asking-one = {" "}Ещё я спрашиваю вас об одном уколе, срок которого уже прошёл.
setup-saved-and-asking-many = {" "}Ещё я спрашиваю вас о других уколах, срок которых уже прошёл ({ $count }).
setup-saved-next = {" "}Следующее напоминание придёт <b>{ $when }</b>.
and = {" "}и{" "}
setup-past-doses-ask = Какие из этих прошлых уколов вы сделали? Нажмите на каждый сделанный; нажмите «Остальные не сделаны», когда остальные не были сделаны.
setup-past-dose-done = {"\u000A"}✅ { $day }: сделан.
setup-past-dose-not-had = {"\u000A"}❌ { $day }: не сделан.
button-past-dose = ✅ { $day }
button-past-doses-none = ❌ Остальные не сделаны
setup-cancelled = Составление плана остановлено; ничего не сохранено. Отправьте /regimen, когда захотите начать снова.
setup-cancelled-plan-kept = Составление плана остановлено; ничего не изменилось, текущий план остался прежним.
setup-nothing-to-go-back = Это первый вопрос, возвращаться некуда. Отправьте /cancel, чтобы остановиться.
setup-resume = Мы в середине составления плана. Вот где мы остановились:
setup-use-buttons = Пожалуйста, выберите одну из кнопок ниже.
# Во всплывающем окне Telegram после нажатия кнопки: простой текст, без HTML.
setup-stale-button = { stale-button }
setup-finished-button = Составление плана закончено. Отправьте /regimen, чтобы составить план.
