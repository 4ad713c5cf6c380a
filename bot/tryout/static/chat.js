// The try-out chat page. Every element is built with createElement and text nodes: the bot's
// messages arrive as a tree of Telegram's tags (bot/tryout/markup.py), and nothing anyone typed
// is ever parsed as HTML here.
"use strict";

const TAGS = new Set(["b", "i", "u", "s", "code", "pre", "blockquote", "a", "tg-spoiler"]);
const LINK = /^(https?|tg|mailto):/i;

const page = {
  chat: Number(new URLSearchParams(location.search).get("chat")) || 0,
  revision: -1,
  data: null,
  bubbles: new Map(), // message id -> {row, signature}
  days: new Map(), // local day -> its separator
  seen: {}, // chat id -> newest bot message id seen there
  lastAnswer: null,
  clockNow: 0,
  clockAt: 0,
  zone: "UTC",
  polling: null,
};

const $ = (selector) => document.querySelector(selector);

function element(tag, className, text) {
  const made = document.createElement(tag);
  if (className) made.className = className;
  if (text !== undefined) made.textContent = text;
  return made;
}

// A time in the chat's zone, written like the bot writes it: "Thu 26 Nov, 09:00".
function formatted(epochSeconds, options) {
  let parts;
  try {
    parts = new Intl.DateTimeFormat("en-GB", { timeZone: page.zone, hourCycle: "h23", ...options })
      .formatToParts(new Date(epochSeconds * 1000));
  } catch (error) {
    return new Date(epochSeconds * 1000).toISOString();
  }
  const part = Object.fromEntries(parts.map((p) => [p.type, p.value]));
  const day = ["weekday", "day", "month", "year"].filter((k) => part[k]).map((k) => part[k]).join(" ");
  const time = part.hour ? `${part.hour}:${part.minute}` : "";
  return [day, time].filter(Boolean).join(", ");
}

const WHEN = { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" };

// -- talking to the server ------------------------------------------------------------------

async function post(path, body) {
  const response = await fetch(path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  let answer = {};
  try { answer = JSON.parse(text); } catch (error) { answer = { error: text }; }
  if (!response.ok || answer.error) toast(answer.error || `failed (${response.status})`);
  return answer;
}

async function poll() {
  for (;;) {
    const control = new AbortController();
    page.polling = control;
    try {
      const response = await fetch(
        `/api/state?since=${page.revision}&chat=${page.chat}`, { signal: control.signal });
      if (!response.ok) throw new Error(`state: ${response.status}`);
      const data = await response.json();
      if (!control.signal.aborted) render(data);
    } catch (error) {
      if (!control.signal.aborted) await new Promise((done) => setTimeout(done, 1000));
    }
  }
}

function switchTo(chatId) {
  if (chatId === page.chat) return;
  page.chat = chatId;
  page.revision = -1;
  page.bubbles.clear();
  page.days.clear();
  page.lastAnswer = null;
  $("#messages").replaceChildren();
  closePopup();
  history.replaceState(null, "", `?chat=${chatId}`);
  if (page.polling) page.polling.abort();
}

// -- drawing --------------------------------------------------------------------------------

function render(data) {
  page.data = data;
  page.revision = data.revision;
  const chat = data.chat;
  page.chat = chat.chat_id;
  page.zone = data.clock.zone;
  renderPeople(data);
  $("#chat-title").textContent = `b12bot · chat with ${chat.name}`;
  $("#chat-sub").textContent = `@${data.bot} · ${chat.name} · chat id ${chat.chat_id} · app language ${chat.language}`;
  renderMessages(chat.messages);
  renderKeyboard(chat.keyboard);
  renderAnswers(chat.answers);
  renderClock(data.clock);
}

function renderPeople(data) {
  const list = $("#people");
  const current = data.chat.chat_id;
  const newest = data.people.find((p) => p.chat_id === current);
  if (newest) page.seen[current] = newest.last_bot_message;
  list.replaceChildren(...data.people.map((person) => {
    const item = element("li");
    const button = element("button");
    button.type = "button";
    button.dataset.chat = person.chat_id;
    button.setAttribute("aria-current", String(person.chat_id === current));
    button.append(element("span", "initial", person.name.slice(0, 1).toUpperCase()));
    const who = element("span", "who", person.name);
    who.append(element("small", "", `chat ${person.chat_id} · ${person.language}`));
    button.append(who);
    if (person.last_bot_message > (page.seen[person.chat_id] ?? 0)) {
      const unread = element("span", "unread");
      unread.title = "new messages";
      button.append(unread);
    }
    button.addEventListener("click", () => switchTo(person.chat_id));
    item.append(button);
    return item;
  }));
  const languages = $("#add-person select");
  if (!languages.options.length) {
    for (const code of data.languages) languages.append(new Option(code, code));
  }
}

function renderMessages(messages) {
  const box = $("#messages");
  const atBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 80;
  const known = new Set();
  let added = false;
  const sequence = [];
  let lastDay = null;
  for (const message of messages) {
    known.add(message.id);
    const day = formatted(message.date, { weekday: "long", day: "numeric", month: "long", year: "numeric" });
    if (day !== lastDay) {
      if (!page.days.has(day)) {
        const separator = element("div", "day");
        separator.append(element("span", "", day));
        page.days.set(day, separator);
      }
      sequence.push(page.days.get(day));
      lastDay = day;
    }
    // Redrawn when it changed or the zone its times are shown in did; flashed only for an edit.
    const signature = JSON.stringify(message);
    const shown = page.bubbles.get(message.id);
    if (!shown || shown.signature !== signature || shown.zone !== page.zone) {
      const row = messageRow(message);
      if (shown && shown.signature !== signature) row.querySelector(".bubble").classList.add("changed");
      if (!shown) added = true;
      page.bubbles.set(message.id, { row, signature, zone: page.zone });
    }
    sequence.push(page.bubbles.get(message.id).row);
  }
  for (const id of [...page.bubbles.keys()]) if (!known.has(id)) page.bubbles.delete(id);
  box.replaceChildren(...sequence);
  if (atBottom || added) box.scrollTop = box.scrollHeight;
}

function messageRow(message) {
  const row = element("div", `row ${message.from}`);
  row.dataset.id = message.id;
  const bubble = element("div", "bubble");
  if (message.photo) {
    const image = element("img");
    image.src = message.photo.url;
    image.alt = "photo";
    bubble.append(image);
  }
  if (message.document) bubble.append(documentLink(message.document));
  if (message.location) {
    const where = message.location;
    const name = where.place || `${where.latitude.toFixed(4)}, ${where.longitude.toFixed(4)}`;
    bubble.append(element("div", "location", `📍 ${name}`));
  }
  const text = element("span", "text");
  appendNodes(text, message.body);
  bubble.append(text);
  const meta = element("span", "meta", (message.edited ? "edited " : "") + formatted(message.date, { hour: "2-digit", minute: "2-digit" }));
  bubble.append(meta);
  row.append(bubble);
  if (message.buttons.length) row.append(inlineKeyboard(message));
  return row;
}

function documentLink(file) {
  const link = element("a", "file");
  link.href = `${file.url}?download=1`;
  link.download = file.name;
  link.append(element("span", "icon", "📄"));
  const label = element("span", "", file.name);
  label.append(element("small", "", `${(file.size / 1024).toFixed(1)} KB · download`));
  link.append(label);
  return link;
}

function appendNodes(parent, nodes) {
  for (const node of nodes) {
    if (typeof node.text === "string") {
      parent.append(document.createTextNode(node.text));
      continue;
    }
    if (!TAGS.has(node.tag)) {
      appendNodes(parent, node.children || []);
      continue;
    }
    let made;
    if (node.tag === "tg-spoiler") {
      made = element("span", "spoiler");
      made.addEventListener("click", () => made.classList.add("shown"));
    } else if (node.tag === "a") {
      made = element("a");
      if (node.command) {
        made.href = "#";
        made.title = `send ${node.command}`;
        made.addEventListener("click", (event) => {
          event.preventDefault();
          say(node.command);
        });
      } else if (node.start) {
        made.href = "#";
        made.addEventListener("click", (event) => {
          event.preventDefault();
          openLinkAs(node.start);
        });
      } else if (node.href && LINK.test(node.href)) {
        made.href = node.href;
        made.target = "_blank";
        made.rel = "noopener noreferrer";
      }
    } else {
      made = element(node.tag);
    }
    appendNodes(made, node.children || []);
    parent.append(made);
  }
}

function inlineKeyboard(message) {
  const keyboard = element("div", "inline-keyboard");
  for (const row of message.buttons) {
    const keys = element("div", "keys");
    for (const key of row) {
      if (key.url) {
        const link = element("a", "", `${key.text} ↗`);
        if (LINK.test(key.url)) {
          link.href = key.url;
          link.target = "_blank";
          link.rel = "noopener noreferrer";
        }
        keys.append(link);
        continue;
      }
      const button = element("button", "", key.text);
      button.type = "button";
      button.disabled = !key.data;
      button.addEventListener("click", async () => {
        button.disabled = true;
        await post("/api/press", { chat_id: page.chat, message_id: message.id, data: key.data });
        button.disabled = false;
      });
      keys.append(button);
    }
    keyboard.append(keys);
  }
  return keyboard;
}

function renderKeyboard(rows) {
  const keyboard = $("#reply-keyboard");
  keyboard.hidden = !rows.length;
  keyboard.replaceChildren(...rows.map((row) => {
    const keys = element("div", "keys");
    for (const key of row) {
      const button = element("button", "", key.text);
      button.type = "button";
      button.addEventListener("click", () => {
        if (key.location) openPlaces();
        else say(key.text);
      });
      keys.append(button);
    }
    return keys;
  }));
}

function renderAnswers(answers) {
  const newest = answers.length ? answers[answers.length - 1].revision : 0;
  if (page.lastAnswer === null) {
    page.lastAnswer = newest;
    return;
  }
  for (const answer of answers) {
    if (answer.revision > page.lastAnswer) toast(answer.text, answer.alert);
  }
  page.lastAnswer = Math.max(page.lastAnswer, newest);
}

function renderClock(clock) {
  page.clockNow = clock.now;
  page.clockAt = performance.now();
  $("#clock-zone").textContent = clock.patient
    ? `${clock.zone}: this chat's time zone`
    : `${clock.zone}: the bot's default zone`;
  $("#clock-next").textContent = clock.next_due
    ? `next reminder: ${formatted(clock.next_due, WHEN)}`
    : "no reminder planned";
  tick();
}

function tick() {
  const now = page.clockNow + (performance.now() - page.clockAt) / 1000;
  $("#clock-now").textContent = formatted(now, { ...WHEN, year: "numeric" });
}

let toastTimer = null;
function toast(text, alert = false) {
  const box = $("#toast");
  box.textContent = text;
  box.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { box.hidden = true; }, alert ? 8000 : 3000);
}

// -- popups: the command menu, places to share, a link to open as someone ----------------------

function openPopup(title, entries) {
  const popup = $("#popup");
  popup.replaceChildren(element("h3", "", title));
  for (const [label, detail, act] of entries) {
    const button = element("button", "", label);
    button.type = "button";
    if (detail) button.append(element("small", "", detail));
    button.addEventListener("click", () => { closePopup(); act(); });
    popup.append(button);
  }
  popup.hidden = false;
}

function closePopup() {
  $("#popup").hidden = true;
}

function openMenu() {
  const commands = page.data ? page.data.chat.commands : [];
  openPopup("Commands", commands.map((c) => [`/${c.command}`, c.description, () => say(`/${c.command}`)]));
}

function openPlaces() {
  openPopup("Share a location", page.data.places.map((place) => [
    place.name, "", () => post("/api/location", {
      chat_id: page.chat, latitude: place.latitude, longitude: place.longitude,
    }),
  ]));
}

function openLinkAs(start) {
  const people = page.data.people;
  const others = [...people.filter((p) => p.chat_id !== page.chat), ...people.filter((p) => p.chat_id === page.chat)];
  openPopup("Open this link as…", others.map((person) => [person.name, "", async () => {
    switchTo(person.chat_id);
    await post("/api/say", { chat_id: person.chat_id, text: `/start ${start}` });
  }]));
}

// -- what the person does ---------------------------------------------------------------------

async function say(text) {
  if (!text.trim()) return;
  await post("/api/say", { chat_id: page.chat, text });
}

$("#composer").addEventListener("submit", async (event) => {
  event.preventDefault();
  const input = $("#text");
  const text = input.value;
  input.value = "";
  await say(text);
  input.focus();
});

$("#menu-button").addEventListener("click", () => ($("#popup").hidden ? openMenu() : closePopup()));
$("#location-button").addEventListener("click", () => ($("#popup").hidden ? openPlaces() : closePopup()));
document.addEventListener("keydown", (event) => { if (event.key === "Escape") closePopup(); });

$("#add-person").addEventListener("submit", async (event) => {
  event.preventDefault();
  const form = event.target;
  const answer = await post("/api/people", { name: form.name.value, language: form.language.value });
  if (answer.chat_id) {
    form.reset();
    switchTo(answer.chat_id);
  }
});

for (const button of document.querySelectorAll("[data-move]")) {
  button.addEventListener("click", async () => {
    const moves = document.querySelectorAll("[data-move]");
    for (const other of moves) other.disabled = true;
    $("#clock-next").textContent = "moving the clock…";
    try {
      await post("/api/clock", { move: button.dataset.move });
    } finally {
      for (const other of moves) other.disabled = false;
    }
  });
}

setInterval(tick, 1000);
poll();
