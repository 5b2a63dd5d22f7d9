-- YouTube drops ".0" from an abbreviated count below 10 of its unit: "1K" is 1.0K, 1,000 to 1,099,
-- not 1,000 to 1,999. Counts stored before talkwatch knew this took such a text for a whole unit;
-- they are as precise as one decimal. (Every text stored so far is in one of the English forms.)
UPDATE snapshot SET views_unit = views_unit / 10
WHERE views_unit >= 1000
  AND (views_text GLOB '[1-9][KkMmBb]' OR views_text GLOB '[1-9][KkMmBb] *'
       OR views_text GLOB '[1-9] [KkMmBb]' OR views_text GLOB '[1-9] [KkMmBb] *'
       OR views_text GLOB '[1-9][Bb][Nn]' OR views_text GLOB '[1-9][Bb][Nn] *'
       OR views_text GLOB '[1-9] [Bb][Nn]' OR views_text GLOB '[1-9] [Bb][Nn] *');
