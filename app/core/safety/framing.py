"""How a request is framed: role-play or "hypothetical" wrappers, and help sought for others.

Two framings change what a rule hit means. A jailbreak or fictional wrapper ("you are DAN", "for
a novel", "hypothetically", "ignore previous instructions") is a reason to trust a softened hit
less, so it cannot turn a block into a warning. Someone asking how to help a friend or relative
in crisis is not at risk of harming anyone: the question is answered, with help resources.
"""

from __future__ import annotations

import re

_FRAMING = re.compile(
    r"\b(?:you\s+are\s+(?:now\s+)?(?:dan|an?\s+ai\s+(?:with|without)\s+no|free\s+from|unfiltered|jailbroken)"
    r"|\bdan\b\s*(?:mode|prompt)?|do\s+anything\s+now|developer\s+mode|jailbr(?:eak|oken)"
    r"|ignore\s+(?:all\s+|any\s+|the\s+|your\s+)?(?:previous|prior|above|earlier|safety)\s+"
    r"(?:instructions|rules|guidelines|prompts?)"
    r"|(?:with\s+)?no\s+(?:rules|restrictions|filters|limits|guidelines|morals|ethics)"
    r"|without\s+(?:any\s+)?(?:restrictions|limits|rules|filters|warnings|censorship)"
    r"|pretend\s+(?:you(?:'re|\s+are)|to\s+be|that)|act\s+as\s+(?:if|an?|my)|role-?play"
    r"|hypothetical(?:ly)?|in\s+a\s+(?:fictional|hypothetical|imaginary)\s+(?:world|scenario|universe)"
    r"|for\s+(?:a|my)\s+(?:novel|story|book|screenplay|script|movie|film|game)"
    r"|i(?:'m|\s+am)\s+writing\s+(?:a|my)\s+(?:novel|story|book|thriller|screenplay)"
    r"|my\s+(?:late\s+)?grand(?:ma|mother|pa|father)\s+(?:used\s+to|who\s+worked))"
    r"|假设|假如你是|如果你是|扮演|角色扮演|忽略(?:之前|以上|前面|所有)|没有(?:任何)?(?:限制|约束|规则)"
    r"|不受(?:任何)?限制|我在写(?:小说|剧本|故事)|小说里|写小说",
    re.IGNORECASE)

_THIRD_PERSON = re.compile(
    r"\b(?:my|a|our|his|her)\s+(?:best\s+)?(?:friend|friends|buddy|brother|sister|sibling|son|daughter|"
    r"mom|mum|mother|dad|father|parent|partner|wife|husband|spouse|girlfriend|boyfriend|roommate|"
    r"flatmate|student|students|coworker|co-worker|colleague|classmate|child|kid|teen|teenager|"
    r"cousin|uncle|aunt|grandma|grandpa|grandmother|grandfather|neighbou?r|client|patient|"
    r"employee|niece|nephew|fianc[eé]e?)\b"
    r"|\b(?:someone|somebody|a\s+(?:teenager|teen|person|loved\s+one|student|child|kid)|"
    r"a\s+loved\s+one|loved\s+ones?|people)\s+(?:who|that|is|are|i\s+know)\b"
    r"|\bwarning\s+signs\b|\bsigns\s+(?:that|of)\s+(?:someone|a\s+person|suicid|self)"
    r"|我(?:的)?(?:朋友|好朋友|闺蜜|兄弟|弟弟|妹妹|哥哥|姐姐|儿子|女儿|孩子|妈妈|母亲|爸爸|父亲|同学|同事|室友|"
    r"男朋友|女朋友|老公|老婆|丈夫|妻子|学生|表弟|表妹|堂弟|堂妹|邻居)"
    r"|(?:朋友|同学|同事|室友|孩子|学生|家人)(?:说|发消息|告诉我|在|有|想)|预警信号|(?:自杀|自残)的(?:迹象|信号)",
    re.IGNORECASE)

_HELP = re.compile(
    r"\bhow\s+(?:can|do|should|could|would)\s+(?:i|we)\s+(?:best\s+)?(?:help|support|talk|speak|"
    r"respond|reach|approach|get\s+(?:her|him|them)\s+help|comfort|be\s+there)"
    r"|\bwhat\s+(?:should|can|do|could)\s+(?:i|we)\s+(?:do|say|tell)"
    r"|\bhow\s+to\s+(?:help|support|talk\s+to|respond\s+to|approach|comfort)"
    r"|\bwarning\s+signs\b|\bsigns\s+(?:that|of)\b|\bwhere\s+can\s+(?:she|he|they|we)\s+(?:get|find)\s+help"
    r"|\b(?:should|do)\s+i\s+(?:call|tell|report)|\bhow\s+(?:do|can)\s+i\s+know\s+if"
    r"|怎么帮|如何帮|怎样帮|怎么回应|如何回应|怎么安慰|如何安慰|怎么开导|如何开导|怎么陪|帮帮(?:他|她)|帮助(?:他|她|他们)|该怎么办|怎么办|怎么劝|如何劝|怎样劝|"
    r"怎么(?:跟|和|同).{0,6}(?:谈|说|聊)|怎样(?:跟|和).{0,6}(?:谈|说|聊)|如何(?:跟|和).{0,6}(?:谈|沟通)|"
    r"预警信号|迹象|该说什么|能做什么|怎么支持|如何支持",
    re.IGNORECASE)

# Rules that answer a request for a method or an amount stay blocked even when a third person is
# named: "my friend wants to know how many pills it takes" is still a request for a lethal dose.
_METHOD_RULES = re.compile(r"method|amount|lethal|painless|overdose|dose|how_deep|concept|ed$")


def is_framed(text: str) -> bool:
    """Role-play, jailbreak, fictional or hypothetical wrapping around the request."""
    return _FRAMING.search(text) is not None


def seeks_help_for_someone_else(text: str, rule_id: str | None) -> bool:
    """The person asks how to help someone else in crisis, rather than for a method."""
    if rule_id and ".s11." in rule_id and _METHOD_RULES.search(rule_id):
        return False
    return _THIRD_PERSON.search(text) is not None and _HELP.search(text) is not None
