# Unicode character properties behind str predicates and case mappings (characters of Unicode 13 and older)
chars = "²³¹⁰⁴⁹ⁱ₀₉①⑨⑩⓪❶➊፩᧚½Ⅻ〇一二三億兆壹貳參萬零拾佰仟廿卅兩参陸柒參肆伍玖捌%s" % "".join(map(chr, [0xf96b, 0xf973, 0x2070, 0x2071, 0x1f100, 0x10a40, 0x11052]))
for c in chars:
    print(ascii(c), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isalnum(), c.isalpha())
for c in "ıIİiĳꭰᏸᎠᏵßẞﬁﬀᾀᾲᾷῼΐǅǆǈ\u10d0\u10f0ſµϐϑϕϖϰϱϵẛΣς":
    print(ascii(c), ascii(c.upper()), ascii(c.lower()), ascii(c.title()), ascii(c.capitalize()), ascii(c.casefold()), ascii(c.swapcase()))
print(ascii("ᏸᏹ ꭰꭱ".casefold()), ascii("გამარჯობა".title()), ascii("ᾲ ᾷ".title()), ascii("ǆemal ǈubljana".title()))
for c in "\u037a\u0e33\u0eb3\u2e2f\u309b\u309c\ufc5e\ufdfa\ufe70\ufe71\uff9e\uff9f_a1":
    print(ascii(c), c.isidentifier(), ("a" + c).isidentifier())
