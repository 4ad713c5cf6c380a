### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.
### b12bot, русский (даты, время и количества).
### Названия дней недели и месяцев берутся из данных CLDR через Babel (bot/catalog/catalog.py);
### здесь — слова вокруг них.

# Момент по часам пациента: «Вт, 3 дек., 09:00».
date-and-time = { $day }, { $time }
# Количество дней: «1 день», «3 дня», «5 дней».
day-count =
    { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    }
# Сколько осталось до срока.
countdown-in-days =
    { $days ->
        [one] через { $days } день
        [few] через { $days } дня
        [many] через { $days } дней
       *[other] через { $days } дня
    }
countdown-tomorrow = завтра
countdown-days-ago =
    { $days ->
        [one] { $days } день назад
        [few] { $days } дня назад
        [many] { $days } дней назад
       *[other] { $days } дня назад
    }
countdown-yesterday = вчера
countdown-in-hours =
    { $hours ->
        [one] сегодня, примерно через { $hours } час
        [few] сегодня, примерно через { $hours } часа
        [many] сегодня, примерно через { $hours } часов
       *[other] сегодня, примерно через { $hours } часа
    }
countdown-in-minutes =
    { $minutes ->
        [one] сегодня, через { $minutes } минуту
        [few] сегодня, через { $minutes } минуты
        [many] сегодня, через { $minutes } минут
       *[other] сегодня, через { $minutes } минуты
    }
countdown-now = сегодня, пора сейчас

## Доза: количество так, как язык пишет числа, и единица
dose-amount = { $amount } { $unit }
unit-names-mcg = мкг
unit-names-mg = мг
