"""Indic scripts: a full stop after one dotted syllable (an abbreviation, a unit or an
initial: மி.கி., कि.मी., डॉ., ए.के., ஆர்.) is no sentence end; a full stop after a full
word, or a danda, is.  Sentences written for these tests (session 36)."""

from __future__ import annotations

import pytest

from mtcheck.segment import split_sentences


@pytest.mark.parametrize("lang,text,want", [
    # Tamil: chained units (mg, km), initials closed by a consonant (எஸ் S, ஆர் R)
    ("ta", "நோயாளிக்கு தினமும் 5 மி.கி. மாத்திரை வழங்கப்பட்டது. பேருந்து நிலையம் 3 கி.மீ. "
           "தொலைவில் உள்ளது.",
     ["நோயாளிக்கு தினமும் 5 மி.கி. மாத்திரை வழங்கப்பட்டது.",
      "பேருந்து நிலையம் 3 கி.மீ. தொலைவில் உள்ளது."]),
    ("ta", "பேராசிரியர் எஸ். வள்ளியம்மை புதிய நூலை வெளியிட்டார். விழாவுக்கு எம்.கே. ராமசாமி "
           "தலைமை தாங்கினார். கூட்டம் மாலையில் முடிந்தது.",
     ["பேராசிரியர் எஸ். வள்ளியம்மை புதிய நூலை வெளியிட்டார்.",
      "விழாவுக்கு எம்.கே. ராமசாமி தலைமை தாங்கினார்.", "கூட்டம் மாலையில் முடிந்தது."]),
    # Hindi: title, chained initials and unit; the danda ends the sentence
    ("hi", "डॉ. वी.के. मिश्रा ने बताया कि गाँव 15 कि.मी. दूर है। कल फिर जाँच होगी।",
     ["डॉ. वी.के. मिश्रा ने बताया कि गाँव 15 कि.मी. दूर है।", "कल फिर जाँच होगी।"]),
    # letter names with a bare final consonant (एस S, आर R) in a text that ends with dandas
    ("hi", "विदेश सचिव एस. आर. वर्मा ने कहा कि वार्ता सफल रही। आर. नटराजन भी वहाँ मौजूद थे।",
     ["विदेश सचिव एस. आर. वर्मा ने कहा कि वार्ता सफल रही।", "आर. नटराजन भी वहाँ मौजूद थे।"]),
    # a text writing full stops for dandas: "है." is a word, not an abbreviation
    ("hi", "सड़क की लंबाई 12 कि.मी. है. काम अगले साल पूरा होगा.",
     ["सड़क की लंबाई 12 कि.मी. है.", "काम अगले साल पूरा होगा."]),
    # a dateline closed by a danda opens the first sentence
    ("hi", "नई दिल्ली। सरकार ने नई योजना की घोषणा की। इसका लाभ किसानों को मिलेगा।",
     ["नई दिल्ली। सरकार ने नई योजना की घोषणा की।", "इसका लाभ किसानों को मिलेगा।"]),
    # Nepali: "छ." ends a sentence
    ("ne", "यो बाटो १० कि.मी. लामो छ. काम भोलिदेखि सुरु हुन्छ.",
     ["यो बाटो १० कि.मी. लामो छ.", "काम भोलिदेखि सुरु हुन्छ."]),
    # Bengali: title, initials, a unit with a conjunct (মি.গ্রা. mg); danda
    ("bn", "ডা. এম. এ. হালিম বলেন, ওষুধটি ১০ মি.গ্রা. করে খেতে হবে। রোগী এখন সুস্থ।",
     ["ডা. এম. এ. হালিম বলেন, ওষুধটি ১০ মি.গ্রা. করে খেতে হবে।", "রোগী এখন সুস্থ।"]),
    # Gujarati: a unit and initials do not end the sentence, "છે." (is) does
    ("gu", "આ રસ્તો 8 કિ.મી. લાંબો છે. ડૉ. કે. પી. શાહે તેનું ઉદ્ઘાટન કર્યું.",
     ["આ રસ્તો 8 કિ.મી. લાંબો છે.", "ડૉ. કે. પી. શાહે તેનું ઉદ્ઘાટન કર્યું."]),
    # Telugu: initials, one of them closed by a consonant (ఎస్ S)
    ("te", "డా. కె. ఎస్. రెడ్డి కొత్త ఆసుపత్రిని ప్రారంభించారు. రోగులు సంతోషించారు.",
     ["డా. కె. ఎస్. రెడ్డి కొత్త ఆసుపత్రిని ప్రారంభించారు.", "రోగులు సంతోషించారు."]),
    # Malayalam: chained initials with a chillu (എൻ N); "ആണ്." (is) ends a sentence
    ("ml", "എൻ.എസ്. രാധാകൃഷ്ണൻ പുസ്തകം പ്രകാശനം ചെയ്തു. ചടങ്ങ് വൈകിട്ട് ആണ്. എല്ലാവരും എത്തി.",
     ["എൻ.എസ്. രാധാകൃഷ്ണൻ പുസ്തകം പ്രകാശനം ചെയ്തു.", "ചടങ്ങ് വൈകിട്ട് ആണ്.",
      "എല്ലാവരും എത്തി."]),
    # Sinhala: initials (ආර් R); "වේ." (is) ends a sentence
    ("si", "ජේ. ආර්. පෙරේරා මහතා උත්සවයට පැමිණියේය. එම සාකච්ඡාව වැදගත් වේ. පසුව රැස්වීම අවසන් විය.",
     ["ජේ. ආර්. පෙරේරා මහතා උත්සවයට පැමිණියේය.", "එම සාකච්ඡාව වැදගත් වේ.",
      "පසුව රැස්වීම අවසන් විය."]),
])
def test_indic_abbreviations_initials_and_sentence_ends(lang, text, want):
    assert split_sentences(text, lang) == want


@pytest.mark.parametrize("lang,text,want", [
    # the language code does not matter: the script decides (unknown language, none)
    ("xx", "பேருந்து 2 கி.மீ. தொலைவில் நின்றது. மக்கள் இறங்கினர்.",
     ["பேருந்து 2 கி.மீ. தொலைவில் நின்றது.", "மக்கள் இறங்கினர்."]),
    (None, "मरीज़ को 20 मि.ग्रा. दवा दी गई। अब वह ठीक है।",
     ["मरीज़ को 20 मि.ग्रा. दवा दी गई।", "अब वह ठीक है।"]),
])
def test_indic_rules_hold_for_any_language_code(lang, text, want):
    assert split_sentences(text, lang) == want
