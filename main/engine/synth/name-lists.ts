/**
 * Name lists for synthetic patients, each ordered roughly most common first (draws
 * weight by rank). Common names were chosen on purpose: a made-up person should look
 * ordinary, and common names make the de-duplication problem realistically hard.
 */

/** Where a family's names are drawn from; linked loosely to the recorded ethnicity. */
export type NameOrigin = 'british' | 'southAsian' | 'african' | 'eastEuropean' | 'chinese';

/** Forenames of one origin by sex; British names also change with the birth cohort. */
export interface ForenameSet {
  male: readonly string[];
  female: readonly string[];
}

/** British forenames for people born before 1970. */
export const BRITISH_FORENAMES_OLDER: ForenameSet = {
  male: [
    'John', 'David', 'Michael', 'Peter', 'Robert', 'Paul', 'William', 'James', 'Brian', 'Alan',
    'Stephen', 'Anthony', 'Christopher', 'Kenneth', 'George', 'Richard', 'Thomas', 'Keith', 'Colin', 'Ronald',
    'Derek', 'Roy', 'Dennis', 'Raymond', 'Trevor', 'Geoffrey', 'Malcolm', 'Barry', 'Graham', 'Gordon',
    'Frank', 'Stanley', 'Arthur', 'Leslie', 'Terence', 'Gary', 'Ian', 'Mark', 'Philip', 'Neil',
    'Martin', 'Roger', 'Eric', 'Harold', 'Norman', 'Clive', 'Howard', 'Nigel', 'Patrick', 'Kevin',
  ],
  female: [
    'Margaret', 'Susan', 'Patricia', 'Christine', 'Mary', 'Elizabeth', 'Linda', 'Janet', 'Jean', 'Barbara',
    'Sandra', 'Carol', 'Ann', 'Pauline', 'Valerie', 'Maureen', 'Jennifer', 'Sheila', 'Joan', 'Dorothy',
    'Brenda', 'Doreen', 'Irene', 'Kathleen', 'Gillian', 'Julie', 'Karen', 'Jacqueline', 'Wendy', 'Lesley',
    'Shirley', 'Betty', 'Joyce', 'Hazel', 'Eileen', 'Marion', 'Sylvia', 'Rita', 'Beryl', 'Audrey',
    'Deborah', 'Alison', 'Helen', 'Diane', 'Anne', 'Denise', 'Angela', 'Lorraine', 'Elaine', 'Frances',
  ],
};

/** British forenames for people born in 1970 or later. */
export const BRITISH_FORENAMES_YOUNGER: ForenameSet = {
  male: [
    'Oliver', 'Jack', 'Harry', 'James', 'Thomas', 'Daniel', 'Matthew', 'Joshua', 'Samuel', 'George',
    'William', 'Jacob', 'Charlie', 'Lewis', 'Ryan', 'Luke', 'Adam', 'Benjamin', 'Joseph', 'Alexander',
    'Liam', 'Callum', 'Jamie', 'Connor', 'Kieran', 'Nathan', 'Craig', 'Lee', 'Darren', 'Scott',
    'Jordan', 'Ethan', 'Alfie', 'Noah', 'Leo', 'Oscar', 'Archie', 'Henry', 'Freddie', 'Theo',
    'Dylan', 'Tyler', 'Reece', 'Aaron', 'Owen', 'Ben', 'Sam', 'Max', 'Toby', 'Elliot',
  ],
  female: [
    'Emily', 'Olivia', 'Sophie', 'Jessica', 'Amelia', 'Chloe', 'Emma', 'Charlotte', 'Lucy', 'Hannah',
    'Sarah', 'Laura', 'Rebecca', 'Lauren', 'Katie', 'Megan', 'Rachel', 'Amy', 'Gemma', 'Nicola',
    'Isla', 'Ava', 'Mia', 'Grace', 'Ella', 'Poppy', 'Lily', 'Isabella', 'Freya', 'Evie',
    'Holly', 'Jade', 'Stacey', 'Kelly', 'Danielle', 'Leanne', 'Natalie', 'Victoria', 'Kirsty', 'Claire',
    'Georgia', 'Abigail', 'Ruby', 'Daisy', 'Phoebe', 'Millie', 'Niamh', 'Eleanor', 'Zara', 'Amber',
  ],
};

/** South Asian forenames. */
export const SOUTH_ASIAN_FORENAMES: ForenameSet = {
  male: [
    'Mohammed', 'Muhammad', 'Ali', 'Imran', 'Amir', 'Arjun', 'Rajesh', 'Sanjay', 'Harpreet', 'Gurpreet',
    'Zain', 'Ibrahim', 'Yusuf', 'Hamza', 'Omar', 'Rahul', 'Vikram', 'Sunil', 'Tariq', 'Asif',
    'Bilal', 'Kamran', 'Nadeem', 'Ravi', 'Deepak', 'Jaspal', 'Abdul', 'Ahmed', 'Hassan', 'Faisal',
  ],
  female: [
    'Fatima', 'Aisha', 'Ayesha', 'Priya', 'Sana', 'Maryam', 'Zainab', 'Amina', 'Nadia', 'Sunita',
    'Anjali', 'Harjit', 'Parveen', 'Shabana', 'Nasreen', 'Rukhsana', 'Kiran', 'Simran', 'Neha', 'Pooja',
    'Yasmin', 'Hina', 'Samina', 'Noor', 'Inaaya', 'Hafsa', 'Rubina', 'Shazia', 'Meena', 'Asha',
  ],
};

/** Black African and Caribbean forenames. */
export const AFRICAN_FORENAMES: ForenameSet = {
  male: [
    'Samuel', 'Emmanuel', 'David', 'Daniel', 'Joseph', 'Michael', 'Kwame', 'Chinedu', 'Oluwaseun', 'Tendai',
    'Kofi', 'Tunde', 'Abdi', 'Mohamed', 'Delroy', 'Winston', 'Tyrone', 'Marcus', 'Isaac', 'Jerome',
  ],
  female: [
    'Grace', 'Blessing', 'Esther', 'Mary', 'Faith', 'Precious', 'Abena', 'Ngozi', 'Chioma', 'Adaeze',
    'Amina', 'Hodan', 'Fadumo', 'Marcia', 'Janice', 'Beverley', 'Sharon', 'Tanisha', 'Joy', 'Patience',
  ],
};

/** Central and Eastern European forenames. */
export const EAST_EUROPEAN_FORENAMES: ForenameSet = {
  male: ['Piotr', 'Tomasz', 'Pawel', 'Marek', 'Andrzej', 'Krzysztof', 'Jakub', 'Mateusz', 'Andrei', 'Ion', 'Mihai', 'Jan', 'Dmitri', 'Lukas', 'Marius'],
  female: ['Anna', 'Katarzyna', 'Agnieszka', 'Magdalena', 'Joanna', 'Monika', 'Ewa', 'Elena', 'Maria', 'Ioana', 'Natalia', 'Olga', 'Irina', 'Zofia', 'Alina'],
};

/** Chinese forenames as usually romanised in UK records. */
export const CHINESE_FORENAMES: ForenameSet = {
  male: ['Wei', 'Jun', 'Hao', 'Ming', 'Jian', 'Lei', 'Chen', 'Yong', 'Kwok', 'Tak'],
  female: ['Mei', 'Li', 'Xin', 'Ying', 'Hui', 'Jing', 'Yan', 'Ling', 'Wai', 'Siu'],
};

/**
 * Forenames with letters outside ASCII. They appear, rarely, correctly encoded in clean
 * data (so a check must tell genuine accents from damage) and are the names that
 * `encoding_damage` garbles. Every accented letter here is in Latin-1, so the damaged form
 * is the classic `Ã©` kind of mojibake;
 * capitals and `à`/`í` are left out because their damaged forms hold invisible characters.
 */
export const ACCENTED_FORENAMES: ForenameSet = {
  male: ['José', 'Seán', 'Rónán', 'André', 'Jérôme', 'François', 'Andrés', 'Jürgen', 'Ramón', 'Noël'],
  female: ['Zoë', 'Renée', 'Chloé', 'Siân', 'Anaïs', 'Mélanie', 'Noémie', 'Sinéad', 'Béatrice', 'Inès'],
};

/** British and Irish surnames. */
export const BRITISH_SURNAMES: readonly string[] = [
  'Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Johnson',
  'Roberts', 'Robinson', 'Thompson', 'Wright', 'Walker', 'White', 'Edwards', 'Hughes', 'Green', 'Hall',
  'Lewis', 'Harris', 'Clarke', 'Patel', 'Jackson', 'Wood', 'Turner', 'Martin', 'Cooper', 'Hill',
  'Ward', 'Morris', 'Moore', 'Clark', 'Lee', 'King', 'Baker', 'Harrison', 'Morgan', 'Allen',
  'James', 'Scott', 'Phillips', 'Watson', 'Davis', 'Parker', 'Price', 'Bennett', 'Young', 'Griffiths',
  'Mitchell', 'Kelly', 'Cook', 'Carter', 'Richardson', 'Bailey', 'Collins', 'Bell', 'Shaw', 'Murphy',
  'Miller', 'Cox', 'Richards', 'Khan', 'Marshall', 'Anderson', 'Simpson', 'Ellis', 'Adams', 'Singh',
  'Begum', 'Wilkinson', 'Foster', 'Chapman', 'Powell', 'Webb', 'Rogers', 'Gray', 'Mason', 'Ali',
  'Hunt', 'Hussain', 'Campbell', 'Matthews', 'Owen', 'Palmer', 'Holmes', 'Mills', 'Barnes', 'Knight',
  'Lloyd', 'Butler', 'Russell', 'Barker', 'Fisher', 'Stevens', 'Jenkins', 'Murray', 'Dixon', 'Harvey',
  'Graham', 'Pearson', 'Ahmed', 'Fletcher', 'Walsh', 'Kaur', 'Gibson', 'Howard', 'Andrews', 'Stewart',
  'Elliott', 'Reynolds', 'Saunders', 'Payne', 'Fox', 'Ford', 'Pearce', 'Day', 'Brooks', 'West',
  'Lawrence', 'Cole', 'Atkinson', 'Bradley', 'Spencer', 'Gill', 'Dawson', 'Ball', 'Burton', "O'Brien",
  'Watts', 'Rose', 'Booth', 'Perry', 'Ryan', 'Grant', 'Wells', 'Armstrong', 'Francis', 'Rees',
  'Hayes', 'Hart', 'Hudson', 'Newman', 'Barrett', 'Webster', 'Hunter', 'Gregory', 'Carr', 'Lowe',
  "O'Connor", 'Marsh', 'Harper', 'Woods', 'Smith-Jones', 'McDonald', 'McCarthy', 'Doyle', 'Byrne', 'Quinn',
];

/** South Asian surnames. */
export const SOUTH_ASIAN_SURNAMES: readonly string[] = [
  'Patel', 'Khan', 'Begum', 'Singh', 'Ali', 'Hussain', 'Ahmed', 'Kaur', 'Akhtar', 'Iqbal',
  'Mahmood', 'Sharma', 'Shah', 'Rahman', 'Bibi', 'Mistry', 'Malik', 'Kumar', 'Chowdhury', 'Islam',
  'Sandhu', 'Bashir', 'Sidhu', 'Uddin', 'Aziz', 'Javed', 'Rashid', 'Mehta', 'Gupta', 'Dhillon',
];

/** Black African and Caribbean surnames. */
export const AFRICAN_SURNAMES: readonly string[] = [
  'Okafor', 'Mensah', 'Adeyemi', 'Osei', 'Mohamed', 'Abdi', 'Okonkwo', 'Boateng', 'Adebayo', 'Owusu',
  'Campbell', 'Brown', 'Williams', 'Francis', 'Henry', 'Grant', 'Reid', 'Thomas', 'Clarke', 'Daley',
  'Moyo', 'Nwosu', 'Asante', 'Oyelaran', 'Hassan',
];

/** Central and Eastern European surnames. */
export const EAST_EUROPEAN_SURNAMES: readonly string[] = [
  'Nowak', 'Kowalski', 'Wisniewski', 'Wojcik', 'Kaminski', 'Lewandowski', 'Zielinski', 'Popescu', 'Ionescu',
  'Novak', 'Horvat', 'Kazlauskas', 'Petrov', 'Kowalczyk', 'Mazur',
];

/** Chinese surnames. */
export const CHINESE_SURNAMES: readonly string[] = ['Wang', 'Li', 'Zhang', 'Chen', 'Liu', 'Wong', 'Chan', 'Lam', 'Cheung', 'Ng', 'Yang', 'Huang'];

/** Surnames with letters outside ASCII (Latin-1 only; see {@link ACCENTED_FORENAMES}). */
export const ACCENTED_SURNAMES: readonly string[] = [
  'Müller', 'Núñez', 'Gonçalves', 'Béranger', 'Köhler', 'Pérez', 'Gómez', 'Løvgren', 'Jäger', 'Lefèvre',
];
