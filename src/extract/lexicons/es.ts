/** Spanish cues and word classes, and dialogue set off by rayas ("—Texto —dijo Ana—."). */
import { load } from '../cues.js';
import { dialogue } from './dialogue.js';

export default {
  ...load(
    `35 dijo dice afirm{ó,a} declar{ó,a} asegur{ó,a}
    3 explic{ó,a} escribió añadió agregó señal{ó,a} indicó subrayó respondió insistió advirtió reconoció anunció sostuvo destacó manifestó prometió criticó lamentó denunció recordó
    1 preguntó exclamó gritó`,
    `él ella ellos ellas yo nosotros|quien quienes|algunos otros varios muchos
    |presidente presidenta ministro ministra portavoz señor señora sr sra alcalde alcaldesa concejal concejala diputado diputada senador senadora juez jueza fiscal director directora secretario secretaria
    |también luego ya ha había después|que y pero o porque cuando si aunque|que|yo me mi mis nosotros nuestro nuestra
    |el la los las un una unos unas
    |lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre ayer hoy mañana anoche
    |en a al con por para sobre ante tras desde durante
    |según`,
  ),
  m: dialogue,
};
