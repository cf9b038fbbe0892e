// Short news stories written for these tests in several house styles, each with its quotations
// and speakers marked by hand. `quotes`: every quotation a reader would take as someone's words
// (reported speech too, where a story lists it), and who said them (a name or one of its aliases); `traps`: quoted words nobody says (signs,
// product names, scare quotes, titles), never taken as speech; `notSpeakers`: words that must not
// become a speaker.

export interface HouseStyle {
  name: string;
  text: string;
  quotes: { text: string; speaker: string; kind?: 'direct' | 'mixed' | 'indirect' }[];
  traps?: string[];
  notSpeakers?: string[];
  /** The article's language, when not English. */
  language?: string;
}

export const HOUSE_STYLES: HouseStyle[] = [
  {
    name: 'UK single-quote style, council story',
    text: `Councillors in Ashworth voted 7-4 on Tuesday night to close the Mill Lane library.

'This is a sad day for the town,' said councillor Tom Price, who chairs the culture committee. 'We looked at every option.'

Price said the building needed repairs the council could not afford. 'The roof alone would cost £400,000,' he said.

Residents' group leader Anne Whitfield snapped: 'They decided this months ago. The consultation was a sham.'

The motion passed after two hours of debate. Final vote: seven in favour, four against.

'We heard the word "efficiency" a dozen times tonight,' Ms Whitfield said. 'Nobody mentioned the children.'

A sign outside the library read 'Save Our Shelves'.`,
    quotes: [
      { text: 'This is a sad day for the town,', speaker: 'Tom Price' },
      { text: 'We looked at every option.', speaker: 'Tom Price' },
      { text: 'The roof alone would cost £400,000,', speaker: 'Tom Price' },
      { text: 'They decided this months ago. The consultation was a sham.', speaker: 'Anne Whitfield' },
      { text: 'We heard the word "efficiency" a dozen times tonight,', speaker: 'Anne Whitfield' },
      { text: 'Nobody mentioned the children.', speaker: 'Anne Whitfield' },
    ],
    traps: ['Save Our Shelves', 'efficiency'],
    notSpeakers: ['Final vote', 'The motion'],
  },
  {
    name: 'reaction roundup',
    text: `Reaction to the Supreme Court's ruling on fishing quotas came quickly.

Maria Lindqvist, Nordic Fisheries Association: "Today the court listened to the people who actually work at sea."

Daniel Okafor, shadow environment secretary: "This judgment leaves the government's policy in tatters."

Greenwater Trust chief executive Helen Marsh put it bluntly: "The fish do not care about borders, and neither should the law."

The Coastal Processors Forum said it was "studying the ruling carefully".`,
    quotes: [
      { text: 'Today the court listened to the people who actually work at sea.', speaker: 'Maria Lindqvist' },
      { text: "This judgment leaves the government's policy in tatters.", speaker: 'Daniel Okafor' },
      { text: 'The fish do not care about borders, and neither should the law.', speaker: 'Helen Marsh' },
      { text: 'studying the ruling carefully', speaker: 'Coastal Processors Forum', kind: 'mixed' },
    ],
  },
  {
    name: 'sports report',
    text: `Rovers manager Graham Doyle was in no mood to celebrate after his side scraped a 2-2 draw at Eastfield.

"We switched off twice and you can't do that at this level," Doyle said. "I've told the lads that."

Striker Kofi Mensah, 23, scored both goals and shrugged off talk of a move. "I'm happy here. I don't read the papers," the striker said.

Asked about the penalty decision, Doyle mused: "Maybe I need new glasses. Maybe the referee does."

Eastfield boss Petra Novak was more upbeat. "A point is a point," she said.

The club's new "Fan Zone" app crashed at half-time.`,
    quotes: [
      { text: "We switched off twice and you can't do that at this level,", speaker: 'Graham Doyle' },
      { text: "I've told the lads that.", speaker: 'Graham Doyle' },
      { text: "I'm happy here. I don't read the papers,", speaker: 'Kofi Mensah' },
      { text: 'Maybe I need new glasses. Maybe the referee does.', speaker: 'Graham Doyle' },
      { text: 'A point is a point,', speaker: 'Petra Novak' },
    ],
    traps: ['Fan Zone'],
  },
  {
    name: 'business news',
    text: `Shares in Halvorsen Foods fell 8% on Thursday after the company cut its profit forecast for the second time this year.

"Trading conditions remain very difficult," the company said in a statement.

Chief executive Laura Brennan told analysts on a call that she expected "a modest recovery" in the spring. "We are not standing still," Ms Brennan said. "Our new range is selling well."

The firm launched its "Crisp & Light" crackers in May.

"The market has lost patience," writes economist Samir Haddad in a note to clients. "Halvorsen needs a plan, not a slogan."

The budget for marketing will be cut by a fifth, according to a person familiar with the matter.`,
    quotes: [
      { text: 'Trading conditions remain very difficult,', speaker: 'Halvorsen Foods' },
      { text: 'a modest recovery', speaker: 'Laura Brennan', kind: 'mixed' },
      { text: 'We are not standing still,', speaker: 'Laura Brennan' },
      { text: 'Our new range is selling well.', speaker: 'Laura Brennan' },
      { text: 'The market has lost patience,', speaker: 'Samir Haddad' },
      { text: 'Halvorsen needs a plan, not a slogan.', speaker: 'Samir Haddad' },
    ],
    traps: ['Crisp & Light'],
    notSpeakers: ['The budget'],
  },
  {
    name: 'court report',
    text: `A former treasurer who took £84,000 from a charity fund was jailed for three years at Norwich Crown Court on Friday.

Judge Alison Reeve told Martin Cole, 58: "You abused the trust of people who had given their time freely. That is a grave matter."

Cole, of Dereham, had admitted fraud. His barrister, Nicholas Grant, said his client was "deeply ashamed" and had repaid part of the money.

"He has lost his reputation, his marriage and his home," Mr Grant said.

Outside court, the charity's chair, Beatrice Lowe, said: "Today is not about revenge. It is about the volunteers who were let down."

The recount of the fund's accounts showed that the losses began in 2017.`,
    quotes: [
      { text: 'You abused the trust of people who had given their time freely. That is a grave matter.', speaker: 'Alison Reeve' },
      { text: 'deeply ashamed', speaker: 'Nicholas Grant', kind: 'mixed' },
      { text: 'He has lost his reputation, his marriage and his home,', speaker: 'Nicholas Grant' },
      { text: 'Today is not about revenge. It is about the volunteers who were let down.', speaker: 'Beatrice Lowe' },
    ],
    notSpeakers: ['The recount'],
  },
  {
    name: 'obituary',
    text: `Edith Farrow, who has died aged 91, was a marine biologist and a familiar voice on radio.

Born in Whitby in 1934, she studied at Leeds and spent a decade surveying the North Sea. Her book "The Quiet Shelf" became an unlikely bestseller.

"She had the patience of a lighthouse," recalled her former student, Professor Ian Mackay. "She would wait a week for one fish."

Farrow herself was modest about her fame. "I only asked questions that nobody had bothered to ask," she told an interviewer in 1998.

She is survived by her nephew, Robert.`,
    quotes: [
      { text: 'She had the patience of a lighthouse,', speaker: 'Ian Mackay' },
      { text: 'She would wait a week for one fish.', speaker: 'Ian Mackay' },
      { text: 'I only asked questions that nobody had bothered to ask,', speaker: 'Edith Farrow' },
    ],
    traps: ['The Quiet Shelf'],
  },
  {
    name: 'interview transcript',
    text: `Jo Morgan is standing for mayor. She spoke to Sam Reid. The interview has been edited for length.

Q: Why did you decide to stand now?
A: Because nobody else would. The town needed someone who knew the roads.

Q: What will you do first?
A: Fix the bus timetable. People have been waiting years.

REID: And the critics who say you are too young?
MORGAN: I'm thirty-four. Pitt was prime minister at twenty-four.`,
    quotes: [
      { text: 'Why did you decide to stand now?', speaker: 'Q' },
      { text: 'Because nobody else would. The town needed someone who knew the roads.', speaker: 'A' },
      { text: 'What will you do first?', speaker: 'Q' },
      { text: 'Fix the bus timetable. People have been waiting years.', speaker: 'A' },
      { text: 'And the critics who say you are too young?', speaker: 'Sam Reid' },
      { text: "I'm thirty-four. Pitt was prime minister at twenty-four.", speaker: 'Jo Morgan' },
    ],
  },
  {
    name: 'US wire story: title-case headline, dateline, typewriter marks, a quotation inside a quotation',
    text: `Harbor Authority Says Ferry Fares Will Rise In March

PORTLAND — The Casco Harbor Authority will raise ferry fares by 12 percent in March, its director said on Monday, the first increase in six years.

''We held the line as long as we could,'' said Director Lena Marsh. ''Fuel and insurance have both doubled since 2019.''

Marsh said the authority had considered cutting the late-night crossings instead. ''I told the board, 'If we cut the last boat, the nurses on the island have no way home,' and nobody argued,'' she said.

On Tuesday the island's council called the plan ''a tax on people who have no other road.'' Its chairman, Ray Dubois, said residents would ask the state for a subsidy.`,
    quotes: [
      { text: 'We held the line as long as we could,', speaker: 'Lena Marsh' },
      { text: 'Fuel and insurance have both doubled since 2019.', speaker: 'Lena Marsh' },
      { text: "I told the board, 'If we cut the last boat, the nurses on the island have no way home,' and nobody argued,", speaker: 'Lena Marsh' },
      { text: 'If we cut the last boat, the nurses on the island have no way home,', speaker: 'Lena Marsh' },
    ],
    notSpeakers: ['On Tuesday', 'PORTLAND', 'Ferry Fares'],
  },
  {
    name: 'US statehouse story: a headline in single marks, reported speech after a time phrase, a role between commas, a progressive verb',
    text: `Harlow: Transit Plan Is 'Dead on Arrival'

State Sen. Dana Harlow said on Thursday she would vote against the governor's transit package, calling it "a wish list with no way to pay for it."

Harlow, a Democrat who chairs the budget committee, has vowed to block any plan that raises fares before 2028. The package, she said, "asks riders to pay for thirty years of neglect."

Gov. Peter Lund's office pushed back. His spokeswoman, Mia Ortega, told reporters the plan was "fully funded" and accused Harlow of "playing politics with people's commutes."

Lund is urging lawmakers to pass the package before the session ends in May. "We can't wait another decade," he told a crowd in Fairview. "The trains are older than most of the people riding them."

Riders at the Fairview station were split. Omar Jessup, 52, a nurse who commutes two hours a day, said he's tired of delays. "Fix the trains first," he said. "Then talk to me about fares."

Asked whether she would accept a compromise, Harlow shrugged. "Show me the numbers," she said.`,
    quotes: [
      { text: 'Dead on Arrival', speaker: 'Dana Harlow', kind: 'mixed' },
      { text: 'she would vote against the governor\'s transit package', speaker: 'Dana Harlow', kind: 'indirect' },
      { text: 'a wish list with no way to pay for it.', speaker: 'Dana Harlow', kind: 'mixed' },
      { text: 'to block any plan that raises fares before 2028', speaker: 'Dana Harlow', kind: 'indirect' },
      { text: 'asks riders to pay for thirty years of neglect.', speaker: 'Dana Harlow' },
      { text: 'fully funded', speaker: 'Mia Ortega', kind: 'mixed' },
      { text: 'playing politics with people\'s commutes.', speaker: 'Mia Ortega', kind: 'mixed' },
      { text: 'lawmakers to pass the package before the session ends in May', speaker: 'Peter Lund', kind: 'indirect' },
      { text: 'We can\'t wait another decade,', speaker: 'Peter Lund' },
      { text: 'The trains are older than most of the people riding them.', speaker: 'Peter Lund' },
      { text: 'he\'s tired of delays', speaker: 'Omar Jessup', kind: 'indirect' },
      { text: 'Fix the trains first,', speaker: 'Omar Jessup' },
      { text: 'Then talk to me about fares.', speaker: 'Omar Jessup' },
      { text: 'Show me the numbers,', speaker: 'Dana Harlow' },
    ],
    notSpeakers: ['The package', "Peter Lund's office", 'Riders'],
  },
  {
    name: 'business news: a company statement, an unnamed source with its anonymity formula, analysts in a note',
    text: `Brightwell to cut 1,200 jobs as orders slump

Brightwell Industries will cut about 1,200 jobs over the next year, the company said in a statement on Wednesday, after a second quarter of falling orders.

Chief executive Laura Denholm told analysts on a call that the cuts were "painful but necessary." She added that the company would close its plant in Dayton by March.

"We built for a market that did not arrive," Denholm said. "That is on us, not on our workers."

The union representing the Dayton workers called the decision "a betrayal." Its president, Marcus Hale, said members had agreed to a wage freeze two years ago to keep the plant open. "They took our sacrifice and walked away," he said.

According to a filing with regulators, Brightwell expects the cuts to save $85 million a year. Analysts at Kessler & Co. wrote in a note that the savings would "barely cover" the lost revenue.

A person familiar with the company's plans, who asked not to be named because the talks are private, said Brightwell was also weighing the sale of its aviation unit.

Shares fell 4% in early trading. The stock has lost a third of its value this year.`,
    quotes: [
      { text: 'Brightwell Industries will cut about 1,200 jobs over the next year', speaker: 'Brightwell Industries', kind: 'indirect' },
      { text: 'painful but necessary.', speaker: 'Laura Denholm', kind: 'mixed' },
      { text: 'the company would close its plant in Dayton by March', speaker: 'Laura Denholm', kind: 'indirect' },
      { text: 'We built for a market that did not arrive,', speaker: 'Laura Denholm' },
      { text: 'That is on us, not on our workers.', speaker: 'Laura Denholm' },
      { text: 'a betrayal.', speaker: 'Union representing the Dayton workers', kind: 'mixed' },
      { text: 'members had agreed to a wage freeze two years ago to keep the plant open', speaker: 'Marcus Hale', kind: 'indirect' },
      { text: 'They took our sacrifice and walked away,', speaker: 'Marcus Hale' },
      { text: 'the savings would "barely cover" the lost revenue', speaker: 'Analysts at Kessler & Co.', kind: 'indirect' },
      { text: 'Brightwell was also weighing the sale of its aviation unit', speaker: "Person familiar with the company's plans", kind: 'indirect' },
    ],
    traps: ['not to be named because the talks are private'],
    notSpeakers: ['Shares', 'The stock', 'a filing with regulators'],
  },
  {
    name: 'court report, US style: a verdict, a lawyer, prosecutors who argued, a defendant who testified',
    text: `Jury finds former mayor guilty of bribery

A federal jury on Friday found former Millbrook mayor Gary Tuttle guilty of taking $300,000 in bribes from developers.

"The evidence was overwhelming," U.S. Attorney Rachel Ames told reporters outside the courthouse. "Public office is not a private bank."

Tuttle, 63, showed no emotion as the verdict was read. His lawyer, Dennis Crowe, said they would appeal. "We respect the jury, but we believe the judge made serious errors," Crowe said.

Prosecutors argued that Tuttle steered city contracts to two firms in exchange for cash and a lake house. Tuttle testified last week that the payments were loans. Judge Helen Marsh, who presided over the three-week trial, set sentencing for May 12.

Outside, a small group of supporters held signs reading "Free Gary." One of them, retired teacher Ruth Alvarez, said she had known Tuttle for 40 years. "He built this town," she said. "Now they want to bury him."

Neither of the developers has been charged. A spokesman for the U.S. attorney's office declined to say whether an investigation was continuing.`,
    quotes: [
      { text: 'The evidence was overwhelming,', speaker: 'Rachel Ames' },
      { text: 'Public office is not a private bank.', speaker: 'Rachel Ames' },
      { text: 'they would appeal', speaker: 'Dennis Crowe', kind: 'indirect' },
      { text: 'We respect the jury, but we believe the judge made serious errors,', speaker: 'Dennis Crowe' },
      { text: 'Tuttle steered city contracts to two firms in exchange for cash and a lake house', speaker: 'Prosecutors', kind: 'indirect' },
      { text: 'the payments were loans', speaker: 'Gary Tuttle', kind: 'indirect' },
      { text: 'He built this town,', speaker: 'Ruth Alvarez' },
      { text: 'Now they want to bury him.', speaker: 'Ruth Alvarez' },
    ],
    traps: ['Free Gary.'],
    notSpeakers: ['A federal jury', 'the verdict'],
  },
  {
    name: 'reaction roundup: on Twitter, in a statement, quoted as saying, a slogan before a dash',
    text: `Reaction pours in after the stadium vote

Councillor Priya Nair wrote on Twitter: "Tonight the city chose a stadium over its schools. I voted no."

In a statement, the Riverside Tenants Association said the deal "hands public land to a private club for a song."

"This is the best day for our fans in a generation," club chairman Owen Fletcher told the Gazette. "We will repay the city's trust."

Mayor Tom Beckett was quoted as saying the stadium would "put Riverside on the map." Asked about the schools, he said the two budgets were "completely separate."

Economist Jane Okafor, who studies sports venues, was sceptical. In an interview, she said such projects "almost never pay for themselves." She added: "The fans will be happy. The taxpayers, less so."

"Build it and they will come" — that was the slogan on the club's banners at the meeting.`,
    quotes: [
      { text: 'Tonight the city chose a stadium over its schools. I voted no.', speaker: 'Priya Nair' },
      { text: 'hands public land to a private club for a song.', speaker: 'Riverside Tenants Association', kind: 'mixed' },
      { text: 'This is the best day for our fans in a generation,', speaker: 'Owen Fletcher' },
      { text: "We will repay the city's trust.", speaker: 'Owen Fletcher' },
      { text: 'put Riverside on the map.', speaker: 'Tom Beckett', kind: 'mixed' },
      { text: 'completely separate.', speaker: 'Tom Beckett', kind: 'mixed' },
      { text: 'almost never pay for themselves.', speaker: 'Jane Okafor', kind: 'mixed' },
      { text: 'The fans will be happy. The taxpayers, less so.', speaker: 'Jane Okafor' },
    ],
    traps: ['Build it and they will come'],
    notSpeakers: ['the deal', 'the stadium'],
  },
  {
    name: 'UK flood story: single marks with double ones inside, an MP, a neighbour named between commas, "the agency", a sign',
    text: `'We were left in the dark' - flood victims demand answers

Residents of Tewkesbury whose homes flooded in January have accused the Environment Agency of ignoring their warnings.

'We told them the barrier was failing,' said Margaret Lowe, 71, whose cottage on Mill Street was under a metre of water. 'They called us "alarmist". Well, who's alarmist now?'

The agency said in a statement that it had "acted on the best information available" and would review its response.

Local MP Daniel Reeve told the BBC the residents deserved a public inquiry. 'People lost everything,' he said. 'An apology is the least they are owed.'

Ms Lowe's neighbour, Sanjay Mehta, said the insurance company had offered him £2,000. 'For a kitchen, a car and forty years of photographs,' he said.

A sign on the church door read 'Pray for dry weather'.`,
    quotes: [
      { text: 'We told them the barrier was failing,', speaker: 'Margaret Lowe' },
      { text: 'They called us "alarmist". Well, who\'s alarmist now?', speaker: 'Margaret Lowe' },
      { text: 'acted on the best information available', speaker: 'Environment Agency', kind: 'mixed' },
      { text: 'the residents deserved a public inquiry', speaker: 'Daniel Reeve', kind: 'indirect' },
      { text: 'People lost everything,', speaker: 'Daniel Reeve' },
      { text: 'An apology is the least they are owed.', speaker: 'Daniel Reeve' },
      { text: 'the insurance company had offered him £2,000', speaker: 'Sanjay Mehta', kind: 'indirect' },
      { text: 'For a kitchen, a car and forty years of photographs,', speaker: 'Sanjay Mehta' },
    ],
    traps: ['Pray for dry weather'],
    notSpeakers: ['Mill Street', "Lowe's neighbour", 'Local MP Daniel Reeve'],
  },
  {
    name: 'football report: a young scorer, two coaches, a league statement, a chant',
    text: `Late goal sends Harbor City into the final

Harbor City reached the league final on Sunday after substitute Leo Brandt scored in the 89th minute to beat Northfield 2-1.

"I just closed my eyes and hit it," Brandt, 19, said after the match. "My mum is going to cry."

Coach Elena Vidal praised her young striker but warned that the final would be "a different animal." She said Northfield had "made us suffer for 88 minutes."

Northfield manager Chris Doyle blamed the referee. "That was never a free kick," Doyle told reporters. "We'll look at it again, but I know what I saw."

The league said it would review the incident. Fans chanted "Vidal, Vidal" as the players left the pitch.

Asked whether Brandt would start the final, Vidal smiled. "Ask me on Saturday," she said.`,
    quotes: [
      { text: 'I just closed my eyes and hit it,', speaker: 'Leo Brandt' },
      { text: 'My mum is going to cry.', speaker: 'Leo Brandt' },
      { text: 'her young striker', speaker: 'Elena Vidal', kind: 'indirect' },
      { text: 'a different animal.', speaker: 'Elena Vidal', kind: 'mixed' },
      { text: 'made us suffer for 88 minutes.', speaker: 'Elena Vidal', kind: 'mixed' },
      { text: 'That was never a free kick,', speaker: 'Chris Doyle' },
      { text: "We'll look at it again, but I know what I saw.", speaker: 'Chris Doyle' },
      { text: 'it would review the incident', speaker: 'League', kind: 'indirect' },
      { text: 'Ask me on Saturday,', speaker: 'Elena Vidal' },
    ],
    notSpeakers: ['the referee', 'Fans'],
  },
  {
    name: 'obituary: a colleague, the subject\'s own words in a clause and an old interview, her daughter',
    text: `Edith Marlow, who taught three generations of Bramley children, dies at 94

Edith Marlow, who taught at Bramley Primary School for 41 years, died on Tuesday at her home. She was 94.

"She knew every child's name, and every child's parents' names," said her former colleague Peter Quinn, who joined the school in 1975. "Nobody was invisible to her."

Born in 1931 in a mining village, Marlow trained as a teacher after the war. She often said that teaching "was the only job I ever wanted."

Her daughter, Anne, said her mother kept letters from former pupils in a biscuit tin. "There are hundreds," she said. "Some of them are from people who are grandparents now."

In a 2010 interview with the local paper, Marlow recalled her first day: "I was terrified. The children could tell, of course."

She is survived by her daughter, two grandsons and a great-granddaughter.`,
    quotes: [
      { text: "She knew every child's name, and every child's parents' names,", speaker: 'Peter Quinn' },
      { text: 'Nobody was invisible to her.', speaker: 'Peter Quinn' },
      { text: 'was the only job I ever wanted.', speaker: 'Edith Marlow', kind: 'mixed' },
      { text: 'her mother kept letters from former pupils in a biscuit tin', speaker: 'Anne', kind: 'indirect' },
      { text: 'There are hundreds,', speaker: 'Anne' },
      { text: 'Some of them are from people who are grandparents now.', speaker: 'Anne' },
      { text: 'I was terrified. The children could tell, of course.', speaker: 'Edith Marlow' },
    ],
    notSpeakers: ['Bramley Primary School'],
  },
  {
    name: 'Japanese council story: 「…」と述べた, a title after the name, a surname alone later, a sign',
    language: 'ja',
    text: `市議会、図書館の閉鎖を決定

川西市議会は火曜日、港の図書館を閉鎖する案を賛成多数で可決した。

山田花子市長は会見で「苦渋の決断だった」と述べた。

一方、野党の佐藤健一議員は「住民の声を無視している」と批判した。佐藤氏は「決定の見直しを求める」とも語った。

図書館の前には「本を守れ」と書かれた看板が掲げられていた。`,
    quotes: [
      { text: '苦渋の決断だった', speaker: '山田花子' },
      { text: '住民の声を無視している', speaker: '佐藤健一' },
      { text: '決定の見直しを求める', speaker: '佐藤健一' },
    ],
    traps: ['本を守れ'],
    notSpeakers: ['川西市議会'],
  },
  {
    name: 'German council story: „…“ marks, titles before names, a colon after a clause',
    language: 'de',
    text: `Stadtrat stimmt für Schließung der Bibliothek

Der Stadtrat von Lindau hat am Dienstag mit knapper Mehrheit die Schließung der Bibliothek am Marktplatz beschlossen. „Das ist ein trauriger Tag für unsere Stadt“, sagte Bürgermeisterin Anna Keller nach der Sitzung.

Die Opposition reagierte scharf. „Man hat uns vor vollendete Tatsachen gestellt“, kritisierte Stadtrat Jonas Berger. Er kündigte an, die Entscheidung prüfen zu lassen.

Keller verteidigte den Beschluss: „Wir haben jede Möglichkeit geprüft. Das Dach allein würde 400.000 Euro kosten.“

Auf einem Plakat vor der Bibliothek stand „Rettet unsere Bücher“.

„Wir geben nicht auf“, sagte Berger am Abend.`,
    quotes: [
      { text: 'Das ist ein trauriger Tag für unsere Stadt', speaker: 'Anna Keller' },
      { text: 'Man hat uns vor vollendete Tatsachen gestellt', speaker: 'Jonas Berger' },
      { text: 'Wir haben jede Möglichkeit geprüft. Das Dach allein würde 400.000 Euro kosten.', speaker: 'Anna Keller' },
      { text: 'Wir geben nicht auf', speaker: 'Jonas Berger' },
    ],
    traps: ['Rettet unsere Bücher'],
    notSpeakers: ['Die Opposition', 'Bürgermeisterin Anna Keller'],
  },
  {
    name: 'French council story: « … » marks, an aside inside them, titles with their article',
    language: 'fr',
    text: `Le conseil municipal vote la fermeture de la bibliothèque

Le conseil municipal de Lorient a voté mardi la fermeture de la bibliothèque du port. « C'est un jour triste pour notre ville », a déclaré la maire, Claire Martin, à l'issue de la séance.

L'opposition a vivement réagi. « On nous a mis devant le fait accompli », a dénoncé le conseiller Paul Moreau. Il a annoncé qu'il contesterait la décision.

« Nous avons étudié toutes les options, a ajouté Mme Martin. Le toit à lui seul coûterait 400 000 euros. »

Sur une banderole, on pouvait lire « Sauvez nos livres ».

« Nous ne lâcherons rien », a promis M. Moreau dans la soirée.`,
    quotes: [
      { text: "C'est un jour triste pour notre ville", speaker: 'Claire Martin' },
      { text: 'On nous a mis devant le fait accompli', speaker: 'Paul Moreau' },
      { text: 'Nous avons étudié toutes les options', speaker: 'Claire Martin' },
      { text: 'Le toit à lui seul coûterait 400 000 euros.', speaker: 'Claire Martin' },
      { text: 'Nous ne lâcherons rien', speaker: 'Paul Moreau' },
    ],
    traps: ['Sauvez nos livres'],
    notSpeakers: ["L'opposition", 'Le conseiller Paul Moreau'],
  },
  {
    name: 'Spanish council story: «…» marks, a raya aside inside them, a sentence with no subject',
    language: 'es',
    text: `El ayuntamiento cierra la biblioteca del puerto

El pleno del ayuntamiento de Gijón aprobó el martes el cierre de la biblioteca del puerto. «Es un día triste para la ciudad», dijo la alcaldesa, Carmen Ruiz, al término de la sesión.

La oposición reaccionó con dureza. «Nos han puesto ante un hecho consumado», criticó el concejal Luis Ortega. Después anunció que recurrirá la decisión.

«Hemos estudiado todas las opciones —añadió Ruiz—. Solo el tejado costaría 400.000 euros.»

En una pancarta se leía «Salvad nuestros libros».

«No vamos a rendirnos», prometió Ortega por la noche.`,
    quotes: [
      { text: 'Es un día triste para la ciudad', speaker: 'Carmen Ruiz' },
      { text: 'Nos han puesto ante un hecho consumado', speaker: 'Luis Ortega' },
      { text: 'Hemos estudiado todas las opciones', speaker: 'Carmen Ruiz' },
      { text: 'Solo el tejado costaría 400.000 euros.', speaker: 'Carmen Ruiz' },
      { text: 'No vamos a rendirnos', speaker: 'Luis Ortega' },
    ],
    traps: ['Salvad nuestros libros'],
    notSpeakers: ['La oposición', 'Después'],
  },
];
