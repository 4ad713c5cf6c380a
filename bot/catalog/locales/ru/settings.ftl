### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.
### b12bot, русский (настройки и поездки).
### Тексты в HTML Telegram: сохраняйте теги и никогда не вставляйте сюда то, что написал пациент,
### без экранирования. {"\u000A"} — перенос строки, {" "} — пробел, который Fluent иначе обрезал бы
### в начале или в конце текста. Тексты о безопасности проверяет врач перед любым изменением.

command-settings = Часовой пояс, время напоминаний, поездки и другие настройки

## Карточка меню
settings-title = <b>Ваши настройки</b>
settings-line-zone = Часовой пояс: <b>{ $zone }</b> (там сейчас { $time })
settings-line-reminder = Время напоминаний: <b>{ $time }</b>
settings-line-follow-up = Уточнение после неотвеченного напоминания: <b>{ $delay }</b>
settings-line-notice = Напоминание о записи в клинику: за <b>{ $days }</b> до каждого укола
settings-line-language = Язык: <b>{ $language }</b>
settings-line-trip-keep = Поездка: { $place } до { $day } — напоминания по домашнему времени ({ $home })
settings-line-trip-local = Поездка: { $place } до { $day } — напоминания по местному времени ({ $place })
settings-line-next = Следующий укол: { $when }
settings-line-next-none = Следующий укол: не запланирован
settings-pick = Что вы хотите изменить?
settings-beside-time = { $when } ({ $time } — { $city })
settings-beside-day = { $when } ({ $day } { $time } — { $city })
settings-button-zone = Часовой пояс
settings-button-time = Время напоминаний
settings-button-follow-up = Когда уточнять
settings-button-notice = Напоминание о записи
settings-button-trip = Я в поездке
settings-button-trip-end = Поездка закончилась
settings-button-close = Закрыть
settings-button-back = « Назад к настройкам
settings-closed = Настройки закрыты. Отправьте /settings, чтобы открыть их снова.

## Вопросы
settings-ask-zone = В каком вы часовом поясе? Отправьте город, название пояса или смещение, например <i>Москва</i>, <i>Europe/Berlin</i> или <i>UTC+3</i>, или поделитесь геопозицией.
settings-ask-time = Во сколько присылать напоминания? Сейчас: <b>{ $time }</b>. Выберите вариант или отправьте время, например <i>19:30</i> или <i>7 вечера</i>.
settings-ask-follow-up = Через сколько после неотвеченного напоминания мне уточнять? Сейчас: <b>{ $delay }</b>. Отправьте задержку от 15 минут до 12 часов, например <i>2 часа</i> или <i>45 минут</i>.
settings-ask-notice = За сколько дней до каждого укола в клинике напоминать о записи? Сейчас: <b>{ $days }</b>. Отправьте целое число от 1 до 28, например <i>10</i>.
settings-ask-destination = Куда вы едете? Отправьте город или название пояса, например <i>Нью-Йорк</i> или <i>Asia/Tokyo</i>.
settings-ask-return = В какой день вы вернётесь домой? Отправьте день возвращения, например <i>{ $example }</i>.
settings-ask-moved = Сейчас там ({ $place }) { $time }, а в вашем домашнем часовом поясе ({ $home }) — { $home_time }. Вы переехали ({ $place }) или в поездке?
settings-ask-moved-home = { $place }: сейчас { $time }; ваш домашний часовой пояс, { $home }: { $home_time }. Вы переехали ({ $place }) или в поездке?
settings-button-moved = Переехал(а): время { $place }
settings-button-keep = В поездке: время { $home }
settings-button-local = В поездке: время { $place }
settings-ask-mode = Пока вы в поездке ({ $place }), напоминания должны идти по домашнему времени ({ $home }) или по местному ({ $place })? Сегодня { $home_time } по домашнему времени ({ $home }) — это { $away_time } по местному ({ $place }).
settings-button-keep-only = Время { $home }
settings-button-local-only = Время { $place }
settings-ask-zone-choice = Какой часовой пояс вы имеете в виду? Выберите или отправьте другое место.
settings-location-unknown = Не получилось определить часовой пояс этого места. Пожалуйста, выберите смещение от UTC (сейчас { $utc } UTC) или отправьте город.

## Ответы, которые нельзя использовать
settings-follow-up-invalid = Пожалуйста, укажите задержку от 15 минут до 12 часов, например <i>2 часа</i> или <i>90 минут</i>.
settings-notice-invalid = Пожалуйста, отправьте целое число дней от 1 до 28, например <i>10</i>.
settings-return-not-after-today = День возвращения должен быть позже сегодняшнего ({ $today }, { $place }). Пожалуйста, отправьте более поздний день, например <i>{ $example }</i>.
settings-return-too-far = Поездка может длиться до { $days }; если дольше, лучше смените часовой пояс. Пожалуйста, отправьте более ранний день, например <i>{ $example }</i>.
settings-trip-home-zone = { $place } — это ваш домашний часовой пояс, поэтому поездку туда отмечать не нужно. Пожалуйста, отправьте, куда вы едете, например <i>Нью-Йорк</i>.
settings-same-zone = { $place } — уже ваш часовой пояс: менять нечего.
settings-location-same = Вы уже живёте по времени { $place }: менять нечего.
settings-not-travelling = Вы не в поездке: напоминания идут по домашнему времени ({ $home }).
settings-stale-button = Эта кнопка устарела: отправьте /settings, чтобы увидеть настройки сейчас.

## Подтверждения
settings-confirm-time = Изменить время напоминаний с { $before } на { $after }?
settings-confirm-zone = Изменить часовой пояс: { $before } → { $after }? Напоминания будут приходить в { $time } по времени { $after }.
settings-confirm-trip-keep = Поездка: { $place } до { $day }. Оставить напоминания в { $time } по домашнему времени ({ $home }), то есть в { $away_time } по местному ({ $place })?
settings-confirm-trip-local = Поездка: { $place } до { $day }. Перенести напоминания на { $time } по местному времени ({ $place })?
settings-confirm-trip-end = Закончить поездку ({ $place })? Напоминания снова пойдут по домашнему времени ({ $home }).
settings-confirm-follow-up = Изменить уточнение после неотвеченного напоминания с { $before } на { $after }?
settings-confirm-notice = Изменить напоминание о записи в клинику с { $before } на { $after } до каждого укола?
settings-button-yes = Да, изменить
settings-button-no = Нет, оставить
settings-kept = Ничего не изменилось.

## Что изменилось
settings-done-moved = Готово: следующий укол переносится с { $before } на { $after }.
settings-done-stays = Готово: следующий укол остаётся на { $when }.
settings-done-nothing-planned = Готово: уколы пока не запланированы, поэтому напоминания не сдвигаются.
settings-done-notice = Готово: я буду напоминать о записи в клинику за <b>{ $days }</b> до каждого укола.
settings-welcome-back = 🏠 С возвращением: напоминания снова идут по домашнему времени ({ $home }); следующий укол: { $when }.
settings-welcome-back-none = 🏠 С возвращением: напоминания снова идут по домашнему времени ({ $home }).

## Язык (/language и карточка настроек)
command-language = Язык, на котором я пишу и читаю
language-ask = Я пишу вам на языке: <b>{ $language }</b>. Какой язык использовать?
language-set = Готово: теперь я пишу вам на языке: { $language }. Напоминания и отчёты тоже будут на этом языке.
settings-button-language = Язык
languages-spoken = {"\u000A"}{"\u000A"}Я понимаю: { $languages }. Отправьте /language, чтобы сменить мой язык.
