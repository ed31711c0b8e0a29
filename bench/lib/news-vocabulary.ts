/** Words the synthetic news graph is made of (data, apart from the generator that uses it). */

export const FIRST_NAMES = [
  'Emmanuel', 'Giorgia', 'Olaf', 'Friedrich', 'Keir', 'Pedro', 'Ursula', 'Antonio', 'Mark', 'Donald', 'Volodymyr',
  'Dick', 'Mette', 'Ulf', 'Petteri', 'Alexander', 'Andrej', 'Kyriakos', 'Luís', 'Robert', 'Viktor', 'Kaja', 'Jean-Noël',
  'Sébastien', 'Catherine', 'Marine', 'Jordan', 'Gabriel', 'Élisabeth', 'François', 'Anne', 'Claire', 'Sophie', 'Camille',
  'Hélène', 'Nathalie', 'Isabelle', 'Valérie', 'Julien', 'Thomas', 'Nicolas', 'Laurent', 'Pierre', 'Marc', 'Olivier',
  'Benoît', 'Agnès', 'Rachida', 'Yaël', 'Amélie', 'Bruno', 'Gérald', 'Édouard', 'Roberta', 'Josep', 'Teresa', 'Sanna',
  'Jonas', 'Krisjanis', 'Gitanas', 'Evika', 'Petr', 'Karin', 'Jacinda', 'Justin', 'Anthony', 'Marco', 'Recep', 'Narendra',
  'Luiz', 'Cyril', 'Bola', 'Abdel', 'Mohammed', 'Tamim', 'Fumio', 'Shigeru', 'Yoon', 'Anwar', 'Prabowo', 'Javier',
  'Gustavo', 'Claudia', 'Gabriel', 'Ngozi', 'Antónia', 'Rafael', 'Ingrid', 'Magdalena', 'Zuzana', 'Klaus', 'Lars',
  'Helle', 'Stefan', 'Maria', 'Ioana', 'Nikol', 'Maia', 'Irakli', 'Denys', 'Yulia', 'Andriy', 'Rustem', 'Oksana',
] as const;

/** Syllables from which surnames are made: three of them give tens of thousands of distinct names. */
export const SURNAME_SYLLABLES = [
  'ma', 'ron', 'lo', 'ni', 'ber', 'ta', 'vel', 'di', 'mer', 'sch', 'ko', 'va', 'len', 'ri', 'del', 'sa', 'gor', 'mi',
  'nez', 'ca', 'fer', 'ti', 'lan', 'bo', 'wen', 'ki', 'ser', 'pa', 'dro', 'lu', 'mon', 'ge', 'rat', 'no', 'vic', 'ha',
  'zan', 'tor', 'le', 'stru',
] as const;

export const PERSON_TITLES = [
  'président', 'présidente', 'Premier ministre', 'Première ministre', 'ministre des Affaires étrangères',
  'ministre de la Défense', 'chancelier', 'secrétaire général', 'porte-parole', 'ambassadeur', 'envoyé spécial',
  'commissaire européen', "chef d'état-major", 'député européen', 'secrétaire d’État', 'conseiller diplomatique',
] as const;

export const ORGANIZATION_KINDS = [
  'Conseil', 'Agence', 'Fondation', 'Alliance', 'Commission', 'Institut', 'Union', 'Comité', 'Fonds', 'Office',
  'Coalition', 'Banque', 'Forum', 'Observatoire', 'Parlement',
] as const;

export const ORGANIZATION_DOMAINS = [
  "de l'énergie", 'de la défense', 'du commerce', 'de la santé', 'des réfugiés', 'du climat', 'de la reconstruction',
  'pour la sécurité', 'des droits humains', 'du développement', 'de la recherche', 'maritime', 'atlantique',
  'européen', 'africain', 'pour la paix', 'monétaire', 'nucléaire', 'agricole', 'numérique',
] as const;

export const EVENT_KINDS = [
  ['summit', 'Sommet'],
  ['meeting', 'Réunion'],
  ['call', 'Entretien téléphonique'],
  ['press-conference', 'Conférence de presse'],
  ['signing', 'Signature'],
  ['conference', 'Conférence'],
  ['visit', 'Visite officielle'],
] as const;

export const PLEDGE_WHAT = ['troops', 'aid', 'equipment', 'guarantees', 'support', 'funding', 'training'] as const;

export const PLEDGE_AMOUNTS = [
  "90 milliards d'euros", 'plusieurs milliers de soldats', '2 milliards de dollars', '500 millions d’euros',
  'des avions de chasse', 'une brigade', '30 000 obus', 'des systèmes de défense aérienne', '', '',
] as const;
