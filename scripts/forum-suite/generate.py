#!/usr/bin/env python3
"""Regenerates tasks/forum/*.json from the template definitions below.

Needs `gauntlet serve forum --port PORT` (seed 1; PORT defaults to 18082) running: it reads the
forum's pages only to choose subjects and to write each task's oracle (the solution may hold
concrete values). Every check's gold is a SQL query evaluated at scoring time, never a value
copied from here. Run from the repository root: python3 scripts/forum-suite/generate.py [PORT]
"""
import html, http.cookiejar, os, re, sys, urllib.error, urllib.parse, urllib.request
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from suite_files import write_suite  # noqa: E402

BASE = "http://127.0.0.1:%d/forum" % (int(sys.argv[1]) if len(sys.argv) > 1 else 18082)
OUT = "tasks/forum"
tasks = []


def fetch(path, opener=None):
    return (opener or urllib.request.build_opener()).open(BASE + path).read().decode()


def text(fragment):
    return html.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


def signed_in(username, password):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    opener.open(BASE + "/login", urllib.parse.urlencode({"login": username, "password": password}).encode())
    return opener


def password(user_id):
    return "Forum!%04d" % user_id


def listing(path):
    """Submissions of a listing page: id, forum, title, author, score, comments. A page past
    the listing's last answers 404, which is an empty page here."""
    try:
        page = fetch(path)
    except urllib.error.HTTPError as error:
        if error.code == 404 and "page=" in path:
            return []
        raise
    rows = []
    for block in re.findall(r'<article class="submission".*?</article>', page, re.S):
        ident = int(re.search(r'id="s(\d+)-title"', block).group(1))
        title = text(re.search(r'<h2[^>]*>(.*?)</h2>', block, re.S).group(1))
        title = re.sub(r"\s*\([^()]*\)$", "", title) if "domain" in block else title
        forum = re.search(r'to <a href="/forum/f/([^"]+)"', block).group(1)
        author = re.search(r'by <a href="/forum/u/([^"]+)"', block).group(1)
        score = int(re.search(r'<span class="score">(-?\d+) points', block).group(1))
        comments = int(re.search(r'>(\d+) comments?<', block).group(1))
        locked = '<span class="badge">Locked</span>' in block
        sticky = '<span class="badge">Pinned</span>' in block
        link = '<span class="domain">' in block
        rows.append(dict(id=ident, forum=forum, title=title, author=author, score=score, comments=comments, locked=locked, sticky=sticky, link=link))
    return rows


def sidebar(forum):
    page = fetch("/f/" + forum)
    return dict(
        owner=re.search(r'Owner: <a href="/forum/u/([^"]+)"', page).group(1),
        rules=len(re.findall(r"<li>", re.search(r'<ol class="rules">(.*?)</ol>', page, re.S).group(1))),
        subscribers=int(re.search(r"(\d+) subscribers ·", page).group(1)),
        moderators=re.findall(r'<li><a href="/forum/u/([^"]+)">', re.search(r'<ul class="moderators">(.*?)</ul>', page, re.S).group(1)))


def profile(username):
    page = fetch("/u/" + username)
    values = dict(re.findall(r"<dt>([^<]+)</dt><dd>([^<]*)</dd>", page))
    moderates = re.findall(r'<li><a href="/forum/f/([^"]+)">', page.split('Moderates')[-1]) if "<h3>Moderates</h3>" in page else []
    return dict(karma=int(values["Karma"]), joined=values["Joined"], id=int(values["User number"]), moderates=moderates)


def comments(forum, post):
    """(id, author) of a thread's comments in display order, following its pages of comments."""
    found, path = [], "/f/%s/%d" % (forum, post)
    while path:
        page = fetch(path)
        found += [(int(i), u) for i, u in re.findall(r'id="c(\d+)" aria-label="Comment by ([^"]+)"', page)]
        more = re.search(r'href="/forum(/f/[^"]+)" rel="next"', page)
        path = html.unescape(more.group(1)) if more else None
    return found


def unique_titles(forum):
    """Posts of a forum's two newest pages whose title no other post of the forum shares on those pages."""
    rows = listing("/f/%s?sort=new" % forum) + listing("/f/%s?sort=new&page=2" % forum)
    counts = {}
    for row in rows:
        counts[row["title"]] = counts.get(row["title"], 0) + 1
    return [r for r in rows if counts[r["title"]] == 1 and not r["locked"] and "[" not in r["title"] and "]" not in r["title"]]


def T(template, n, goal, params, checks, oracle, key_nodes=None, answer=None):
    task = {"id": "forum/%s-%03d" % (template, n), "revision": 1, "sandboxes": ["forum"], "start": "forum:/", "goal": goal,
            "params": params, "seed": 1, "split": "dev" if n == 1 else "test", "template": template}
    if answer:
        task["answer"] = {"status": answer}
    task["checks"] = checks
    if key_nodes:
        task["key_nodes"] = key_nodes
    task["oracle"] = oracle
    tasks.append(task)


FORUM = "(SELECT id FROM forums WHERE name = {forum})"
ME = "(SELECT id FROM forum_users WHERE username = {username} AND password = {password})"
MINE = "(SELECT id FROM forum_users WHERE username = {username})"
KN_FORUM = {"name": "forum page", "url": {"path_prefix": "forum:/f/{forum}"}}
KN_THREAD = {"name": "the post", "url": {"path_prefix": "forum:/f/{forum}/{post}"}}
KN_USER = {"name": "profile", "url": {"path_prefix": "forum:/u/{username}"}}


def login(username, pw):
    return ["goto [forum:/login]", "type textbox 'Username or email' [%s] [0]" % username, "type textbox 'Password' [%s] [0]" % pw,
            "click button 'Sign in'"]


def allow(*entries):
    return {"collateral": {"allow": list(entries)}}


FORUMS = ["cooking", "running", "gardening", "diy", "travel", "books", "pets", "photography", "deals", "parenting"]
forums = {f: sidebar(f) for f in FORUMS}

# ---------- information seeking ----------
for n, f in enumerate(FORUMS[:4], start=1):
    s = forums[f]
    # The other forums' owners: naming someone else (or everyone) fails.
    others = "SELECT u.username FROM forums f JOIN forum_users u ON u.id = f.owner_id WHERE f.name <> {forum} AND f.owner_id <> (SELECT owner_id FROM forums WHERE name = {forum})"
    T("forum-owner", n, "Who owns the {forum} forum?", {"forum": f},
      [{"answer": {"name": {"query": "SELECT username FROM forum_users WHERE id = (SELECT owner_id FROM forums WHERE name = {forum})", "instance": "initial"},
                   "must_exclude": {"query": others, "instance": "initial"}}}],
      ["goto [forum:/f/%s]" % f, "stop [%s]" % s["owner"]], [KN_FORUM])
for n, f in enumerate(FORUMS[4:8], start=1):
    T("forum-rule-count", n, "How many rules does the {forum} forum have?", {"forum": f},
      [{"answer": {"count": {"query": "SELECT count(*) FROM forum_rules WHERE forum_id = " + FORUM, "instance": "initial"}}}],
      ["goto [forum:/f/%s]" % f, "stop [%d]" % forums[f]["rules"]], [KN_FORUM])
for n, f in enumerate(FORUMS[6:10], start=1):
    T("forum-subscribers", n, "How many subscribers does the {forum} forum have?", {"forum": f},
      [{"answer": {"count": {"query": "SELECT count(*) FROM subscriptions WHERE forum_id = " + FORUM, "instance": "initial"}}}],
      ["goto [forum:/f/%s]" % f, "stop [%d]" % forums[f]["subscribers"]], [KN_FORUM])

threads = {f: unique_titles(f) for f in FORUMS}
people = []
for f in FORUMS[:6]:
    for row in threads[f][:2]:
        if row["author"] not in people:
            people.append(row["author"])
KARMA = ("SELECT (SELECT COALESCE(SUM(upvotes - downvotes), 0) FROM submissions WHERE user_id = %s AND NOT deleted AND NOT removed)"
         " + (SELECT COALESCE(SUM(upvotes - downvotes), 0) FROM comments WHERE user_id = %s AND NOT deleted AND NOT removed)") % (MINE, MINE)
for n, u in enumerate(people[:4], start=1):
    T("user-karma", n, "What is {username}'s total karma on the forum?", {"username": u},
      [{"answer": {"number": {"query": KARMA, "instance": "initial"}}}],
      ["goto [forum:/u/%s]" % u, "stop [%d]" % profile(u)["karma"]], [KN_USER])
for n, u in enumerate(people[4:8], start=1):
    T("user-joined", n, "On what date did {username} join the forum?", {"username": u},
      [{"answer": {"date": {"query": "SELECT substr(joined_at, 1, 10) FROM forum_users WHERE username = {username}", "instance": "initial"}}}],
      ["goto [forum:/u/%s]" % u, "stop [%s]" % profile(u)["joined"]], [KN_USER])
for n, f in enumerate(FORUMS[:4], start=1):
    row = threads[f][2]
    T("post-comment-count", n, "How many comments does the post \"{title}\" in the {forum} forum have?", {"forum": f, "title": row["title"], "post": row["id"]},
      [{"answer": {"count": {"query": "SELECT count(*) FROM comments WHERE submission_id = {post} AND submission_id IN (SELECT id FROM submissions WHERE title = {title})", "instance": "initial"}}}],
      ["goto [forum:/f/%s/%d]" % (f, row["id"]), "stop [%d]" % row["comments"]], [KN_THREAD])
for n, f in enumerate(FORUMS[4:8], start=1):
    row = threads[f][3]
    T("post-author", n, "Who submitted the post \"{title}\" in the {forum} forum?", {"forum": f, "title": row["title"], "post": row["id"]},
      [{"answer": {"name": {"query": "SELECT u.username FROM submissions s JOIN forum_users u ON u.id = s.user_id WHERE s.id = {post} AND s.title = {title}", "instance": "initial"}}}],
      ["goto [forum:/f/%s/%d]" % (f, row["id"]), "stop [%s]" % row["author"]], [KN_THREAD])
LIVE = "NOT deleted AND NOT removed AND forum_id = " + FORUM
for n, f in enumerate(FORUMS[6:10], start=1):
    top = listing("/f/%s?sort=top&t=all" % f)[0]
    T("top-post-all-time", n, "What is the title of the highest-scoring post of all time in the {forum} forum?", {"forum": f},
      [{"answer": {"name": {"query": "WITH m AS (SELECT title, upvotes - downvotes AS score FROM submissions WHERE %s) SELECT title FROM m WHERE score = (SELECT max(score) FROM m)" % LIVE,
                            "instance": "initial", "any_of_rows": True}}}],
      ["goto [forum:/f/%s?sort=top&t=all]" % f, "stop [%s]" % top["title"]], [KN_FORUM])
for n, f in enumerate(FORUMS[:4], start=1):
    newest = listing("/f/%s?sort=new" % f)[0]
    T("newest-post", n, "What is the title of the newest post in the {forum} forum?", {"forum": f},
      [{"answer": {"name": {"query": "SELECT title FROM submissions WHERE %s AND created_at = (SELECT max(created_at) FROM submissions WHERE %s)" % (LIVE, LIVE),
                            "instance": "initial", "any_of_rows": True}}}],
      ["goto [forum:/f/%s?sort=new]" % f, "stop [%s]" % newest["title"]], [KN_FORUM])

# ---------- navigation ----------
for n, (f, period) in enumerate([("running", "week"), ("books", "month"), ("travel", "year"), ("deals", "day")], start=1):
    T("forum-top-period", n, "Show me the top posts of the past {period} in the {forum} forum.", {"forum": f, "period": period},
      [{"url": {"equals": "forum:/f/{forum}?sort=top&t={period}", "ignore_query": ["page"]}}],
      ["goto [forum:/f/%s]" % f, "click link 'Top'", "click link 'Past %s'" % period, "stop"], [KN_FORUM])
for n, u in enumerate(people[8:11] or people[:3], start=1):
    T("user-comment-history", n, "Open {username}'s comment history.", {"username": u},
      [{"url": {"equals": "forum:/u/{username}?show=comments", "ignore_query": ["page"]}}],
      ["goto [forum:/u/%s]" % u, "click link 'Comments'", "stop"], [KN_USER])
for n, (f, q) in enumerate([("cooking", "sourdough"), ("running", "marathon"), ("gardening", "tomatoes")], start=1):
    T("search-in-forum", n, "Search the {forum} forum for posts about {q}.", {"forum": f, "q": q},
      [{"url": {"equals": "forum:/search?q={q}&forum={forum}", "ignore_query": ["sort", "page"]}}],
      ["goto [forum:/search?q=%s&forum=%s]" % (q, f), "stop"], [{"name": "search", "url": {"path_prefix": "forum:/search"}}])

# ---------- content changes, signed in ----------
members = []
for u in people:
    p = profile(u)
    if not p["moderates"]:
        members.append((u, p["id"]))


def subscribed(username, pw):
    page = fetch("/forums?sort=name", signed_in(username, pw))
    return set(re.findall(r'<a href="/forum/f/([^"]+)">[^<]*</a> <span class="badge">Subscribed</span>', page))


SUB = "SELECT count(*) FROM subscriptions WHERE user_id = %s AND forum_id = %s" % (ME, FORUM)
count = 0
for u, uid in members:
    mine = subscribed(u, password(uid))
    outside = [f for f in FORUMS if f not in mine]
    if outside and count < 3:
        count += 1
        f = outside[0]
        T("subscribe", count, "Subscribe me to the {forum} forum. I'm {username} (password {password}).", {"forum": f, "username": u, "password": password(uid)},
          [{"state": {"query": SUB, "expect": [[1]]}},
           allow({"table": "subscriptions", "rows": "user_id = " + MINE, "insert": True})],
          login(u, password(uid)) + ["goto [forum:/f/%s]" % f, "click button 'Subscribe'", "stop"], [KN_FORUM])
count = 0
for u, uid in members:
    inside = [f for f in FORUMS if f in subscribed(u, password(uid))]
    if inside and count < 3:
        count += 1
        f = inside[0]
        T("unsubscribe", count, "Unsubscribe me from the {forum} forum. I'm {username} (password {password}).", {"forum": f, "username": u, "password": password(uid)},
          [{"state": {"query": SUB, "expect": [[0]]}},
           allow({"table": "subscriptions", "rows": "user_id = " + MINE, "delete": True})],
          login(u, password(uid)) + ["goto [forum:/f/%s]" % f, "click button 'Unsubscribe'", "stop"], [KN_FORUM])

POSTS = [("cooking", "Cast iron after a year of daily use", "Seasoning finally stopped flaking once I dried it on the hob."),
         ("running", "First 10k done in the rain", "Kept a steady pace and the new shoes held up fine."),
         ("books", "A crime novel that kept me up all night", "Short chapters, sharp dialogue, and an ending I did not see coming.")]


def new_post(template, n, goal, f, title, u, uid, url="", body=""):
    """A post the member submits: its one new row holds the forum, the session's user, and what the goal gives."""
    given = [(name, label, value) for name, label, value in [("url", "Link (optional)", url), ("body", "Text (optional with a link)", body)] if value]
    params = dict([("forum", f), ("title", title)] + [(name, value) for name, _, value in given] + [("username", u), ("password", password(uid))])
    T(template, n, goal, params,
      [{"state": {"query": "SELECT forum_id, user_id, title, url, body FROM new_submissions",
                  "expect_query": "SELECT %s, %s, {title}, %s, %s" % (FORUM, ME, "{url}" if url else "''", "{body}" if body else "''")}},
       allow({"table": "new_submissions", "rows": "user_id = " + MINE, "insert": True})],
      login(u, password(uid)) + ["goto [forum:/f/%s/submit]" % f, "type textbox 'Title' [%s] [0]" % title]
      + ["type textbox '%s' [%s] [0]" % (label, value) for _, label, value in given] + ["click button 'Submit'", "stop"], [KN_FORUM])


for n, ((f, title, body), (u, uid)) in enumerate(zip(POSTS, members), start=1):
    new_post("text-post", n, "Post a text post in the {forum} forum titled \"{title}\" that says \"{body}\". I'm {username} (password {password}).",
             f, title, u, uid, body=body)
COMMENTS = ["This matches my experience exactly.", "Thanks, saving this for later.", "I had the opposite result, oddly enough."]
for n, ((u, uid), f, body) in enumerate(zip(members[1:], FORUMS[1:4], COMMENTS), start=1):
    row = threads[f][4]
    T("comment-on-post", n, "Comment \"{body}\" on the post \"{title}\" in the {forum} forum. I'm {username} (password {password}).",
      {"forum": f, "title": row["title"], "post": row["id"], "body": body, "username": u, "password": password(uid)},
      [{"state": {"query": "SELECT submission_id, parent_id, user_id, body FROM new_comments",
                  "expect_query": "SELECT id, NULL, %s, {body} FROM submissions WHERE id = {post} AND title = {title} AND forum_id = %s" % (ME, FORUM)}},
       allow({"table": "new_comments", "rows": "user_id = " + MINE, "insert": True})],
      login(u, password(uid)) + ["goto [forum:/f/%s/%d]" % (f, row["id"]), "type textbox 'Comment' [%s] [0]" % body, "click button 'Post comment'", "stop"],
      [KN_THREAD])
REPLIES = ["Good point, I had not thought of that.", "Could you say a bit more about how you did it?", "Agreed, same here."]
n = 0
for f in FORUMS[4:]:
    for row in threads[f][5:]:
        found = comments(f, row["id"])
        authors = [a for _, a in found]
        single = [(c, a) for c, a in found if authors.count(a) == 1]
        if single and n < 3:
            n += 1
            c, a = single[0]
            u, uid = members[n % len(members)]
            T("reply-to-comment", n, "Reply \"{body}\" to {commenter}'s comment on the post \"{title}\" in the {forum} forum. I'm {username} (password {password}).",
              {"forum": f, "title": row["title"], "post": row["id"], "commenter": a, "comment": c, "body": REPLIES[n - 1], "username": u, "password": password(uid)},
              [{"state": {"query": "SELECT submission_id, parent_id, user_id, body FROM new_comments",
                          "expect_query": "SELECT c.submission_id, c.id, %s, {body} FROM comments c JOIN forum_users w ON w.id = c.user_id JOIN submissions s ON s.id = c.submission_id WHERE c.id = {comment} AND w.username = {commenter} AND s.id = {post} AND s.title = {title} AND s.forum_id = %s" % (ME, FORUM)}},
               allow({"table": "new_comments", "rows": "user_id = " + MINE, "insert": True})],
              login(u, password(uid)) + ["goto [forum:/f/%s/%d/comment/%d]" % (f, row["id"], c), "type textbox 'Comment' [%s] [0]" % REPLIES[n - 1],
                                         "click button 'Post comment'", "stop"], [KN_THREAD])
            break
for n, ((u, uid), f) in enumerate(zip(members[2:], FORUMS[5:8]), start=1):
    row = threads[f][6]
    T("upvote-post", n, "Upvote the post \"{title}\" in the {forum} forum. I'm {username} (password {password}).",
      {"forum": f, "title": row["title"], "post": row["id"], "username": u, "password": password(uid)},
      [{"state": {"query": "SELECT kind, target_id, value, user_id FROM votes", "expect_query": "SELECT 'submission', id, 1, %s FROM submissions WHERE id = {post} AND title = {title} AND forum_id = %s" % (ME, FORUM)}},
       allow({"table": "votes", "rows": "user_id = " + MINE, "insert": True, "delete": True, "update": ["value", "voted_at"]})],
      login(u, password(uid)) + ["goto [forum:/f/%s/%d]" % (f, row["id"]), "click button 'Upvote submission'", "stop"], [KN_THREAD])
MESSAGES = [("Recipe swap", "Would you share the recipe from your last post?"), ("Meetup", "Are you going to the Saturday group run?"),
            ("Book club", "We are reading your recommendation next month.")]
for n, ((u, uid), (subject, body)) in enumerate(zip(members[3:], MESSAGES), start=1):
    recipient = forums[FORUMS[n]]["owner"]
    T("send-message", n, "Send {recipient} a private message with the subject \"{subject}\" saying \"{body}\". I'm {username} (password {password}).",
      {"recipient": recipient, "subject": subject, "body": body, "username": u, "password": password(uid)},
      [{"state": {"query": "SELECT sender_id, recipient_id, subject, body FROM private_messages WHERE sent_at >= '2026-06-01 12:00:00'",
                  "expect_query": "SELECT %s, (SELECT id FROM forum_users WHERE username = {recipient}), {subject}, {body}" % ME}},
       allow({"table": "private_messages", "rows": "sender_id = " + MINE, "insert": True})],
      login(u, password(uid)) + ["goto [forum:/messages/new?to=%s]" % recipient, "type textbox 'Subject' [%s] [0]" % subject,
                                 "type textbox 'Message' [%s] [0]" % body, "click button 'Send'", "stop"],
      [{"name": "message form", "url": {"path_prefix": "forum:/messages/new"}}])

# ---------- moderation, as the forum's owner ----------
for n, f in enumerate(FORUMS[:3], start=1):
    owner = forums[f]["owner"]
    oid = profile(owner)["id"]
    row = threads[f][7]
    T("lock-post", n, "As the owner of the {forum} forum, lock the post \"{title}\" so nobody can comment. I'm {username} (password {password}).",
      {"forum": f, "title": row["title"], "post": row["id"], "username": owner, "password": password(oid)},
      [{"state": {"query": "SELECT id, title, locked, sticky, removed, deleted FROM submissions WHERE id = {post}",
                  "expect_query": "SELECT id, title, 1, sticky, removed, deleted FROM submissions WHERE id = {post} AND title = {title} AND forum_id = %s AND (SELECT owner_id FROM forums WHERE id = forum_id) = %s" % (FORUM, ME),
                  "expect_instance": "initial"}},
       allow({"table": "submission_changes", "rows": "submission_id = {post}", "insert": True, "update": ["locked"]})],
      login(owner, password(oid)) + ["goto [forum:/f/%s/%d]" % (f, row["id"]), "click button 'Lock thread'", "stop"], [KN_THREAD])
REASONS = ["Repeated spam links", "Personal attacks", "Off-topic advertising"]
for n, f in enumerate(FORUMS[3:6], start=1):
    owner = forums[f]["owner"]
    oid = profile(owner)["id"]
    target = next(u for u, _ in members if u != owner and u not in forums[f]["moderators"])
    T("ban-user", n, "Ban {target} from the {forum} forum, giving the reason \"{reason}\". I'm {username} (password {password}), its owner.",
      {"forum": f, "target": target, "reason": REASONS[n - 1], "username": owner, "password": password(oid)},
      [{"state": {"query": "SELECT forum_id, user_id, reason, banned_by FROM forum_bans",
                  "expect_query": "SELECT %s, (SELECT id FROM forum_users WHERE username = {target}), {reason}, %s" % (FORUM, ME)}},
       allow({"table": "forum_bans", "rows": "forum_id = " + FORUM, "insert": True})],
      login(owner, password(oid)) + ["goto [forum:/f/%s/bans]" % f, "type textbox 'Username' [%s] [0]" % target,
                                     "type textbox 'Reason' [%s] [0]" % REASONS[n - 1], "click button 'Ban'", "stop"],
      [{"name": "bans page", "url": {"path_prefix": "forum:/f/{forum}/bans"}}])

# ---------- what cannot be done ----------
for n, ((u, uid), f) in enumerate(zip(members, FORUMS[6:9]), start=1):
    row = threads[f][8]
    T("lock-without-rights", n, "Lock the post \"{title}\" in the {forum} forum. I'm {username} (password {password}).",
      {"forum": f, "title": row["title"], "post": row["id"], "username": u, "password": password(uid)},
      # Evidence: the post's page served, while signed in as the member the goal names.
      [{"request": {"method": "GET", "path": "/f/{forum}/{post}", "status": 200}},
       {"state": {"query": "SELECT count(*) > 0 FROM forum_sessions WHERE user_id = " + ME, "expect": [[1]]}}],
      login(u, password(uid)) + ["goto [forum:/f/%s/%d]" % (f, row["id"]), "answer [permission_denied] [Only the forum's moderators can lock posts.]"],
      [KN_THREAD], answer="permission_denied")
for n, f in enumerate(["knitting", "astronomy", "woodturning"], start=1):
    T("missing-forum", n, "Who owns the {forum} forum?", {"forum": f},
      [{"request": {"method": "GET", "path": "/f/{forum}", "status": 404}}],
      ["goto [forum:/f/%s]" % f, "answer [not_found] [There is no %s forum.]" % f], answer="not_found")

# ---------- more subjects: members who moderate nothing, their posts and comments ----------
pool = []
for f in FORUMS:
    for row in threads[f][:8]:
        if row["author"] not in [u for u, _ in pool]:
            p = profile(row["author"])
            if not p["moderates"]:
                pool.append((row["author"], p["id"]))


def own_posts(username):
    """The member's live text posts whose title is unique among their posts in that forum."""
    rows = [r for r in listing("/u/%s?show=submissions" % username) if not r["locked"] and "[" not in r["title"] and "]" not in r["title"]]
    return [r for r in rows if not r["link"] and sum(1 for o in rows if o["forum"] == r["forum"] and o["title"] == r["title"]) == 1]


def single_comments():
    """(forum, thread row, comment id, author): comments whose author wrote no other comment in the thread, nor the post."""
    found = []
    for f in FORUMS:
        for row in threads[f][10:16]:
            listed = comments(f, row["id"])
            authors = [a for _, a in listed]
            found += [(f, row, c, a) for c, a in listed if authors.count(a) == 1 and a != row["author"]]
    return found


SINGLES = single_comments()
moderators_of = {}


def moderates_nothing(username):
    if username not in moderators_of:
        moderators_of[username] = profile(username)
    return not moderators_of[username]["moderates"]


def thread_params(row, **extra):
    return dict({"forum": row["forum"], "title": row["title"], "post": row["id"]}, **extra)


POST = "SELECT id FROM submissions WHERE id = {post} AND title = {title} AND forum_id = " + FORUM
COMMENT_OF = ("FROM comments c JOIN forum_users w ON w.id = c.user_id JOIN submissions s ON s.id = c.submission_id"
              " WHERE c.id = {comment} AND s.id = {post} AND s.title = {title} AND s.forum_id = " + FORUM)

for n, f in enumerate(FORUMS[:4], start=1):
    row = threads[f][9]
    T("post-score", n, "What is the score of the post \"{title}\" in the {forum} forum?", thread_params(row),
      [{"answer": {"number": {"query": "SELECT upvotes - downvotes FROM submissions WHERE id = {post} AND title = {title}", "instance": "initial"}}}],
      ["goto [forum:/f/%s/%d]" % (f, row["id"]), "stop [%d]" % row["score"]], [KN_THREAD])
for n, f in enumerate(FORUMS[2:6], start=1):
    T("forum-moderator-count", n, "How many moderators does the {forum} forum have?", {"forum": f},
      [{"answer": {"count": {"query": "SELECT count(*) FROM forum_moderators WHERE forum_id = " + FORUM, "instance": "initial"}}}],
      ["goto [forum:/f/%s]" % f, "stop [%d]" % len(forums[f]["moderators"])], [KN_FORUM])


def inbox(username, pw):
    page = fetch("/messages", signed_in(username, pw))
    return [text(subject) for subject in re.findall(r'<th scope="row"><a href="/forum/messages/\d+">(.*?)</a></th>', page, re.S)]


INBOX = "recipient_id = " + ME
n = 0
for u, uid in pool:
    received = inbox(u, password(uid))
    if received and n < 3:
        n += 1
        T("latest-message", n, "What is the subject of the newest private message in my inbox? I'm {username} (password {password}).",
          {"username": u, "password": password(uid)},
          [{"answer": {"name": {"query": "SELECT subject FROM private_messages WHERE %s AND sent_at = (SELECT max(sent_at) FROM private_messages WHERE %s)" % (INBOX, INBOX),
                                "instance": "initial", "any_of_rows": True}}},
           # Evidence: the inbox served to the member (a guest is sent to sign in).
           {"request": {"method": "GET", "path": "/messages", "status": 200}}],
          login(u, password(uid)) + ["goto [forum:/messages]", "stop [%s]" % received[0]],
          [{"name": "inbox", "url": {"path_prefix": "forum:/messages"}}])
for n, (u, _) in enumerate(pool[-3:], start=1):
    T("user-submissions", n, "Show me the posts {username} has submitted.", {"username": u},
      [{"url": {"equals": "forum:/u/{username}?show=submissions", "ignore_query": ["page"]}}],
      ["goto [forum:/u/%s]" % u, "click link 'Submissions'", "stop"], [KN_USER])

LINKS = [("deals", "Half-price tent pegs this weekend", "https://example.com/deals/tent-pegs"),
         ("photography", "A field guide to shooting in fog", "https://example.com/guides/fog-photography"),
         ("travel", "Night trains that still run across the border", "https://example.com/rail/night-trains")]
for n, ((f, title, url), (u, uid)) in enumerate(zip(LINKS, pool[1:]), start=1):
    new_post("link-post", n, "Share the link {url} in the {forum} forum with the title \"{title}\". I'm {username} (password {password}).",
             f, title, u, uid, url=url)

authors = [(u, uid, own_posts(u)) for u, uid in pool]
authors = [(u, uid, posts[0]) for u, uid, posts in authors if posts]
EDITS = ["Update: this turned out better than I expected.", "Edit: the shop restocked it, so ignore my complaint.", "Edited to add the photos I promised."]
for n, ((u, uid, row), body) in enumerate(zip(authors, EDITS), start=1):
    f = row["forum"]
    T("edit-post", n, "Change the text of my post \"{title}\" in the {forum} forum to \"{body}\". I'm {username} (password {password}).",
      thread_params(row, body=body, username=u, password=password(uid)),
      [{"state": {"query": "SELECT id, forum_id, user_id, title, url, body, deleted, removed FROM submissions WHERE id = {post}",
                  "expect_query": "SELECT id, forum_id, user_id, title, url, {body}, deleted, removed FROM submissions WHERE id IN (%s) AND user_id = %s" % (POST, ME),
                  "expect_instance": "initial"}},
       allow({"table": "submission_changes", "rows": "submission_id = {post}", "insert": True, "update": ["title", "url", "body", "edited_at"]})],
      login(u, password(uid)) + ["goto [forum:/f/%s/%d/edit]" % (f, row["id"]), "type textbox 'Text (optional with a link)' [%s] [0]" % body,
                                 "click button 'Save changes'", "stop"], [KN_THREAD])
for n, (u, uid, row) in enumerate(authors[3:6], start=1):
    f = row["forum"]
    T("delete-post", n, "Delete my post \"{title}\" in the {forum} forum. I'm {username} (password {password}).",
      thread_params(row, username=u, password=password(uid)),
      [{"state": {"query": "SELECT id, title, deleted, removed FROM submissions WHERE id = {post}",
                  "expect_query": "SELECT id, title, 1, removed FROM submissions WHERE id IN (%s) AND user_id = %s" % (POST, ME), "expect_instance": "initial"}},
       allow({"table": "submission_changes", "rows": "submission_id = {post}", "insert": True, "update": ["deleted_at"]})],
      login(u, password(uid)) + ["goto [forum:/f/%s/%d]" % (f, row["id"]), "click button 'Delete'", "stop"], [KN_THREAD])

commenters = [(f, row, c, a) for f, row, c, a in SINGLES if moderates_nothing(a)]
COMMENT_EDITS = ["Correction: it was the larger size that fit.", "Edit: never mind, the seller replied today.", "Update: tried it again and it worked."]
for n, ((f, row, c, a), body) in enumerate(zip(commenters, COMMENT_EDITS), start=1):
    T("edit-comment", n, "Change my comment on the post \"{title}\" in the {forum} forum to say \"{body}\". I'm {username} (password {password}).",
      thread_params(row, comment=c, body=body, username=a, password=password(moderators_of[a]["id"])),
      [{"state": {"query": "SELECT id, submission_id, parent_id, user_id, body, deleted, removed FROM comments WHERE id = {comment}",
                  "expect_query": "SELECT c.id, c.submission_id, c.parent_id, c.user_id, {body}, c.deleted, c.removed %s AND c.user_id = %s" % (COMMENT_OF, ME),
                  "expect_instance": "initial"}},
       allow({"table": "comment_changes", "rows": "comment_id = {comment}", "insert": True, "update": ["body", "edited_at"]})],
      login(a, password(moderators_of[a]["id"])) + ["goto [forum:/comment/%d/edit]" % c, "type textbox 'Comment' [%s] [0]" % body,
                                                    "click button 'Save changes'", "stop"],
      [{"name": "edit form", "url": {"path_prefix": "forum:/comment/{comment}/edit"}}])
for n, (f, row, c, a) in enumerate(commenters[3:6], start=1):
    T("delete-comment", n, "Delete my comment on the post \"{title}\" in the {forum} forum. I'm {username} (password {password}).",
      thread_params(row, comment=c, username=a, password=password(moderators_of[a]["id"])),
      [{"state": {"query": "SELECT id, deleted, removed FROM comments WHERE id = {comment}",
                  "expect_query": "SELECT c.id, 1, c.removed %s AND c.user_id = %s" % (COMMENT_OF, ME), "expect_instance": "initial"}},
       allow({"table": "comment_changes", "rows": "comment_id = {comment}", "insert": True, "update": ["deleted_at"]})],
      login(a, password(moderators_of[a]["id"])) + ["goto [forum:/f/%s/%d/comment/%d]" % (f, row["id"], c), "click button 'Delete'", "stop"], [KN_THREAD])
n = 0
for f, row, c, a in SINGLES[6:]:
    voters = [(u, uid) for u, uid in pool if u not in (a, row["author"])]
    if n < 3:
        n += 1
        u, uid = voters[(n * 5) % len(voters)]
        T("downvote-comment", n, "Downvote {commenter}'s comment on the post \"{title}\" in the {forum} forum. I'm {username} (password {password}).",
          thread_params(row, comment=c, commenter=a, username=u, password=password(uid)),
          [{"state": {"query": "SELECT kind, target_id, value, user_id FROM votes",
                      "expect_query": "SELECT 'comment', c.id, -1, %s %s AND w.username = {commenter}" % (ME, COMMENT_OF)}},
           allow({"table": "votes", "rows": "user_id = " + MINE, "insert": True, "delete": True, "update": ["value", "voted_at"]})],
          login(u, password(uid)) + ["goto [forum:/f/%s/%d/comment/%d]" % (f, row["id"], c), "click button 'Downvote comment'", "stop"], [KN_THREAD])

# ---------- more moderation, as the forum's owner ----------
MOD_CHECK = "SELECT id, title, locked, sticky, removed, deleted FROM submissions WHERE id = {post}"
OWNED = " AND (SELECT owner_id FROM forums WHERE id = forum_id) = " + ME
for n, f in enumerate(FORUMS[3:6], start=1):
    owner = forums[f]["owner"]
    oid = profile(owner)["id"]
    row = next(r for r in threads[f][11:] if not r["sticky"])
    T("pin-post", n, "As the owner of the {forum} forum, pin the post \"{title}\" to the top of the forum. I'm {username} (password {password}).",
      thread_params(row, username=owner, password=password(oid)),
      [{"state": {"query": MOD_CHECK, "expect_query": "SELECT id, title, locked, 1, removed, deleted FROM submissions WHERE id IN (%s)%s" % (POST, OWNED),
                  "expect_instance": "initial"}},
       allow({"table": "submission_changes", "rows": "submission_id = {post}", "insert": True, "update": ["sticky"]})],
      login(owner, password(oid)) + ["goto [forum:/f/%s/%d]" % (f, row["id"]), "click button 'Pin post'", "stop"], [KN_THREAD])
for n, f in enumerate(FORUMS[6:9], start=1):
    owner = forums[f]["owner"]
    oid = profile(owner)["id"]
    row = threads[f][12]
    T("remove-post", n, "As the owner of the {forum} forum, remove the post \"{title}\". I'm {username} (password {password}).",
      thread_params(row, username=owner, password=password(oid)),
      [{"state": {"query": MOD_CHECK, "expect_query": "SELECT id, title, locked, sticky, 1, deleted FROM submissions WHERE id IN (%s)%s" % (POST, OWNED),
                  "expect_instance": "initial"}},
       {"state": {"query": "SELECT removed_by FROM submission_changes WHERE submission_id = {post}", "expect_query": "SELECT " + ME}},
       allow({"table": "submission_changes", "rows": "submission_id = {post}", "insert": True, "update": ["removed_at", "removed_by"]})],
      login(owner, password(oid)) + ["goto [forum:/f/%s/%d]" % (f, row["id"]), "click button 'Remove post'", "stop"], [KN_THREAD])

# ---------- more of what cannot be done ----------
SIGNED_IN_EVIDENCE = [{"request": {"method": "GET", "path": "/f/{forum}/{post}", "status": 200}},
                      {"state": {"query": "SELECT count(*) > 0 FROM forum_sessions WHERE user_id = " + ME, "expect": [[1]]}}]
for n, ((u, uid), f) in enumerate(zip(pool[2:], FORUMS[7:10]), start=1):
    row = next(r for r in threads[f][13:] if r["author"] != u)
    T("edit-others-post", n, "Change the text of the post \"{title}\" in the {forum} forum to \"{body}\". I'm {username} (password {password}).",
      thread_params(row, body="Moderated for clarity.", username=u, password=password(uid)), SIGNED_IN_EVIDENCE,
      login(u, password(uid)) + ["goto [forum:/f/%s/%d]" % (f, row["id"]), "answer [permission_denied] [Only the author can edit this post.]"],
      [KN_THREAD], answer="permission_denied")
locked = [r for f in FORUMS for page in (1, 2, 3) for r in listing("/f/%s?sort=new&page=%d" % (f, page)) if r["locked"] and "[" not in r["title"] and "]" not in r["title"]]
for n, ((u, uid), row) in enumerate(zip(pool[4:], locked), start=1):
    T("comment-on-locked", n, "Comment \"{body}\" on the post \"{title}\" in the {forum} forum. I'm {username} (password {password}).",
      thread_params(row, body="Is this still available?", username=u, password=password(uid)), SIGNED_IN_EVIDENCE,
      login(u, password(uid)) + ["goto [forum:/f/%s/%d]" % (row["forum"], row["id"]), "answer [action_not_allowed] [The thread is locked.]"],
      [KN_THREAD], answer="action_not_allowed")


def missing(path):
    try:
        fetch(path)
    except urllib.error.HTTPError as error:
        return error.code == 404
    return False


ghosts = [name for name in ["quiet_heron_88", "tamsin_no_such", "velvet_otter_404", "marlow_unknown"] if missing("/u/" + name)]
for n, name in enumerate(ghosts[:3], start=1):
    T("missing-user", n, "On what date did {username} join the forum?", {"username": name},
      [{"request": {"method": "GET", "path": "/u/{username}", "status": 404}}],
      ["goto [forum:/u/%s]" % name, "answer [not_found] [There is no user %s.]" % name], answer="not_found")

write_suite(OUT, {"name": "forum", "version": "0.1.0", "description": "Reading, posting, voting, messaging and moderation tasks on the Larkspur Community forum.",
                  "splits": ["dev", "test"], "limits": {"steps": 30, "episode_seconds": 300, "step_seconds": 60}}, tasks)
print("wrote %d tasks from %d templates" % (len(tasks), len({t["template"] for t in tasks})))
