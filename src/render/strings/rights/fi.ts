import type { RightsTexts } from '../types.js';

/** The rights texts in Finnish: the rights one by one, the objection box, HetiL's rights and the complaint. */
export const fiRights: RightsTexts = {
  rights: {
    intro: {
      reader:
        'Sinulla on alla kerrotut oikeudet, jotka koskevat henkilötietojasi. Voit käyttää niitä ottamalla meihin yhteyttä.',
      neutral:
        'Rekisteröidyllä on alla kerrotut oikeudet häntä koskeviin henkilötietoihin. Oikeuksia käytetään ottamalla yhteyttä rekisterinpitäjään.',
    },
    gdpr: {
      access: {
        title: 'Oikeus saada pääsy tietoihin',
        text: {
          reader:
            'Voit kysyä meiltä, käsittelemmekö sinua koskevia tietoja. Jos käsittelemme, saat kopion tiedoista ja tietoa siitä, miten käytämme niitä.',
          neutral:
            'Rekisteröity voi kysyä rekisterinpitäjältä, käsitelläänkö häntä koskevia tietoja. Jos käsitellään, hän saa kopion tiedoista ja tietoa siitä, miten niitä käytetään.',
        },
      },
      rectification: {
        title: 'Oikeus tietojen oikaisemiseen',
        text: {
          reader:
            'Jos sinua koskevat tiedot ovat virheellisiä, voit pyytää meitä korjaamaan ne. Voit myös pyytää meitä täydentämään puutteellisia tietoja.',
          neutral:
            'Jos rekisteröityä koskevat tiedot ovat virheellisiä, hän voi pyytää rekisterinpitäjää korjaamaan ne. Hän voi myös pyytää täydentämään puutteellisia tietoja.',
        },
      },
      erasure: {
        title: 'Oikeus tietojen poistamiseen',
        text: {
          reader:
            'Voit pyytää meitä poistamaan tietosi esimerkiksi silloin, kun emme enää tarvitse niitä. Emme voi poistaa tietoja, jotka laki velvoittaa meidät säilyttämään.',
          neutral:
            'Rekisteröity voi pyytää rekisterinpitäjää poistamaan häntä koskevat tiedot esimerkiksi silloin, kun niitä ei enää tarvita. Tietoja, jotka laki velvoittaa säilyttämään, ei voida poistaa.',
        },
      },
      restriction: {
        title: 'Oikeus käsittelyn rajoittamiseen',
        text: {
          reader:
            'Voit tietyissä tilanteissa pyytää meitä rajoittamaan tietojesi käsittelyä. Silloin säilytämme tiedot mutta emme muuten käytä niitä, esimerkiksi sillä aikaa, kun tarkistamme, ovatko ne oikein.',
          neutral:
            'Rekisteröity voi tietyissä tilanteissa pyytää rekisterinpitäjää rajoittamaan häntä koskevien tietojen käsittelyä. Silloin tiedot säilytetään mutta niitä ei muuten käytetä, esimerkiksi sillä aikaa, kun tarkistetaan, ovatko ne oikein.',
        },
      },
      notification: {
        title: 'Ilmoitusvelvollisuus vastaanottajille',
        text: {
          reader:
            'Jos korjaamme tai poistamme tietojasi tai rajoitamme niiden käsittelyä, ilmoitamme siitä kaikille, joille olemme luovuttaneet tietoja, ellei se ole mahdotonta tai vaadi kohtuuttomasti vaivaa. Kerromme pyynnöstäsi, keitä nämä vastaanottajat ovat.',
          neutral:
            'Jos rekisterinpitäjä korjaa tai poistaa rekisteröityä koskevia tietoja tai rajoittaa niiden käsittelyä, se ilmoittaa siitä kaikille, joille tietoja on luovutettu, ellei se ole mahdotonta tai vaadi kohtuuttomasti vaivaa. Rekisteröidyn pyynnöstä rekisterinpitäjä kertoo, keitä nämä vastaanottajat ovat.',
        },
      },
      portability: {
        title: 'Oikeus siirtää tiedot järjestelmästä toiseen',
        text: {
          reader:
            'Voit saada meille antamasi tiedot yleisesti käytetyssä, koneluettavassa muodossa. Voit myös pyytää meitä siirtämään ne suoraan toiselle rekisterinpitäjälle, jos se on teknisesti mahdollista.',
          neutral:
            'Rekisteröity voi saada rekisterinpitäjälle antamansa tiedot yleisesti käytetyssä, koneluettavassa muodossa. Hän voi myös pyytää siirtämään ne suoraan toiselle rekisterinpitäjälle, jos se on teknisesti mahdollista.',
        },
      },
      objection_marketing: {
        title: 'Oikeus kieltää suoramarkkinointi',
        text: {
          reader:
            'Voit milloin tahansa kieltää meitä käyttämästä tietojasi suoramarkkinointiin ja siihen liittyvään profilointiin. Sinun ei tarvitse perustella kieltoa. Sen jälkeen emme enää käytä tietojasi tähän tarkoitukseen.',
          neutral:
            'Rekisteröity voi milloin tahansa kieltää käyttämästä häntä koskevia tietoja suoramarkkinointiin ja siihen liittyvään profilointiin. Kieltoa ei tarvitse perustella. Sen jälkeen tietoja ei enää käytetä tähän tarkoitukseen.',
        },
      },
      automated_decisions: {
        title: 'Automaattiset yksittäispäätökset',
        text: {
          reader:
            'Jos teemme sinua koskevan päätöksen pelkästään automaattisesti, voit pyytää, että ihminen tarkistaa sen. Voit myös kertoa oman näkemyksesi ja kiistää päätöksen.',
          neutral:
            'Jos rekisteröityä koskeva päätös tehdään pelkästään automaattisesti, hän voi pyytää, että ihminen tarkistaa sen. Hän voi myös esittää oman näkemyksensä ja kiistää päätöksen.',
        },
      },
      withdraw_consent: {
        title: 'Oikeus peruuttaa suostumus',
        text: {
          reader:
            'Kun käsittelemme tietojasi suostumuksesi perusteella, voit peruuttaa suostumuksesi milloin tahansa yhtä helposti kuin annoit sen. Ennen peruuttamista tehty käsittely pysyy lainmukaisena.',
          neutral:
            'Kun tietoja käsitellään rekisteröidyn suostumuksen perusteella, hän voi peruuttaa suostumuksensa milloin tahansa yhtä helposti kuin antoi sen. Ennen peruuttamista tehty käsittely pysyy lainmukaisena.',
        },
      },
    },
    hetil: {
      access: {
        title: 'Tarkastusoikeus',
        text: {
          reader:
            'Voit tarkastaa, mitä tietoja sinusta on tallennettu rekisteriin. Tarkastus on maksuton kerran vuodessa (henkilötietolain 26 §).',
          neutral:
            'Rekisteröity voi tarkastaa, mitä häntä koskevia tietoja rekisteriin on tallennettu. Tarkastus on maksuton kerran vuodessa (henkilötietolain 26 §).',
        },
      },
      rectification: {
        title: 'Oikeus vaatia tiedon korjaamista',
        text: {
          reader:
            'Voit vaatia, että korjaamme rekisterissä olevat virheelliset, tarpeettomat, puutteelliset tai vanhentuneet tiedot (henkilötietolain 29 §).',
          neutral:
            'Rekisteröity voi vaatia, että rekisterissä olevat virheelliset, tarpeettomat, puutteelliset tai vanhentuneet häntä koskevat tiedot korjataan (henkilötietolain 29 §).',
        },
      },
      objection_marketing: {
        title: 'Kielto-oikeus',
        text: {
          reader:
            'Voit kieltää meitä käsittelemästä tietojasi suoramarkkinointia, etämyyntiä, markkina- ja mielipidetutkimuksia, henkilömatrikkeleita ja sukututkimusta varten (henkilötietolain 30 §).',
          neutral:
            'Rekisteröity voi kieltää käsittelemästä häntä koskevia tietoja suoramarkkinointia, etämyyntiä, markkina- ja mielipidetutkimuksia, henkilömatrikkeleita ja sukututkimusta varten (henkilötietolain 30 §).',
        },
      },
    },
    answer: {
      reader:
        'Vastaamme pyyntöösi ilman aiheetonta viivytystä ja viimeistään kuukauden kuluessa. Jos pyyntö on monimutkainen tai saamme paljon pyyntöjä, voimme pidentää aikaa kahdella kuukaudella, ja kerromme siitä sinulle ensimmäisen kuukauden aikana. Pyynnöt ovat maksuttomia, ellei pyyntö ole ilmeisen perusteeton tai kohtuuton, ja voimme pyytää sinua vahvistamaan henkilöllisyytesi.',
      neutral:
        'Rekisterinpitäjä vastaa pyyntöön ilman aiheetonta viivytystä ja viimeistään kuukauden kuluessa. Jos pyyntö on monimutkainen tai pyyntöjä on paljon, aikaa voidaan pidentää kahdella kuukaudella, ja siitä kerrotaan rekisteröidylle ensimmäisen kuukauden aikana. Pyynnöt ovat maksuttomia, ellei pyyntö ole ilmeisen perusteeton tai kohtuuton, ja rekisteröityä voidaan pyytää vahvistamaan henkilöllisyytensä.',
    },
  },
  objection: {
    title: 'Oikeus vastustaa käsittelyä',
    text: {
      reader:
        'Kun käsittelemme tietojasi oikeutetun etumme perusteella tai hoitaaksemme yleistä etua koskevaa tehtävää, voit vastustaa käsittelyä henkilökohtaiseen tilanteeseesi liittyvästä syystä. Lopetamme silloin käsittelyn, ellemme pysty osoittamaan, että sille on painava ja perusteltu syy, joka menee etujesi ja oikeuksiesi edelle, tai ellemme tarvitse tietoja oikeusvaateen laatimiseen, esittämiseen tai puolustamiseen.',
      neutral:
        'Kun tietoja käsitellään rekisterinpitäjän oikeutetun edun perusteella tai yleistä etua koskevan tehtävän hoitamiseksi, rekisteröity voi vastustaa käsittelyä henkilökohtaiseen tilanteeseensa liittyvästä syystä. Käsittely lopetetaan silloin, ellei rekisterinpitäjä pysty osoittamaan, että sille on painava ja perusteltu syy, joka menee rekisteröidyn etujen ja oikeuksien edelle, tai ellei tietoja tarvita oikeusvaateen laatimiseen, esittämiseen tai puolustamiseen.',
    },
  },
  hetil: {
    bases: {
      consent: 'Suostumus',
      contract: 'Sopimus tai sopimusta edeltävät toimet',
      legal_obligation: 'Lakisääteinen velvoite',
      vital_interests: 'Elintärkeiden etujen suojaaminen',
      public_task: 'Yleistä etua koskeva tehtävä tai julkisen vallan käyttö',
      legitimate_interests: 'Oikeutettu etu',
    },
    points8: {
      1: '1) yksiselitteisesti annettu suostumus',
      2: '2) toimeksianto, sopimus tai muu siihen rinnastettava oikeussuhde tai sopimusta edeltävät toimet',
      3: '3) elintärkeän edun suojaaminen',
      4: '4) laissa säädetty käsittely tai laissa säädetty tehtävä tai velvoite',
      5: '5) asiallinen yhteys rekisterinpitäjän toimintaan, kuten asiakas-, palvelus- tai jäsenyyssuhde (yhteysvaatimus)',
      6: '6) saman konsernin tai muun taloudellisen yhteenliittymän asiakkaita tai työntekijöitä koskevat tiedot yhteenliittymän sisällä',
      7: '7) maksuliikenne, atk-ajot tai muut niihin rinnastettavat toimeksiannosta hoidettavat tehtävät',
      8: '8) yleisesti saatavilla olevat tiedot henkilön asemasta ja tehtävistä julkisyhteisössä, elinkeinoelämässä tai järjestössä',
      9: '9) tietosuojalautakunnan lupa',
    },
    sensitiveGround: 'Arkaluonteisten tietojen käsittelyperuste (henkilötietolain 12 §:n 1 momentti)',
    points12: {
      1: '1) nimenomainen suostumus',
      2: '2) henkilön itse julkistamat tiedot yhteiskunnallisesta, poliittisesta tai uskonnollisesta vakaumuksesta tai ammattiliittoon kuulumisesta',
      3: '3) elintärkeän edun suojaaminen, kun suostumusta ei voida antaa',
      4: '4) oikeudellisen vaateen laatiminen, esittäminen, puolustaminen tai ratkaiseminen',
      5: '5) laissa säädetty käsittely tai laissa säädetty tehtävä',
      6: '6) historiallinen tai tieteellinen tutkimus tai tilastointi',
      7: '7) vakaumusta edustavan yhdistyksen tai yhteisön jäseniään ja säännöllisiä yhteyshenkilöitään koskevat vakaumustiedot',
      8: '8) ammattiyhdistysten jäseniään ja säännöllisiä yhteyshenkilöitään koskevat tiedot ammattiliittoon kuulumisesta',
      9: '9) ammattiliittoon kuulumista koskeva tieto, jota rekisterinpitäjä tarvitsee työoikeudellisten oikeuksiensa ja velvollisuuksiensa hoitamiseen',
      10: '10) terveydenhuollon toimintayksikön tai ammattihenkilön toiminnassaan saamat tiedot rekisteröidyn terveydestä ja hoidosta',
      11: '11) vakuutuslaitoksen vakuutustoiminnassa saamat terveys- tai rikostiedot, kun niitä tarvitaan sen vastuun selvittämiseen',
      12: '12) sosiaalihuollon viranomaisen, laitoksen tai palvelujen tuottajan toiminnassaan saamat tiedot rekisteröidyn sosiaalihuollosta',
      13: '13) tietosuojalautakunnan lupa',
    },
    sensitiveCategory: 'Arkaluonteinen tieto',
    complaint: {
      reader:
        'Jos et saa tarkastaa tietojasi tai vaatimaasi korjausta ei tehdä, voit saattaa asian tietosuojavaltuutetun käsiteltäväksi.',
      neutral:
        'Jos rekisteröity ei saa tarkastaa tietojaan tai hänen vaatimaansa korjausta ei tehdä, hän voi saattaa asian tietosuojavaltuutetun käsiteltäväksi.',
    },
  },
  complaint: {
    text: {
      reader:
        'Jos katsot, että käsittelemme tietojasi tietosuojalainsäädännön vastaisesti, voit tehdä valituksen valvontaviranomaiselle. Suomessa se on tietosuojavaltuutettu, mutta voit tehdä valituksen myös siinä EU-maassa, jossa asut tai työskentelet tai jossa epäilty rikkomus tapahtui.',
      neutral:
        'Jos rekisteröity katsoo, että häntä koskevien tietojen käsittely rikkoo tietosuojalainsäädäntöä, hän voi tehdä valituksen valvontaviranomaiselle. Suomessa se on tietosuojavaltuutettu, mutta valituksen voi tehdä myös siinä EU-maassa, jossa rekisteröity asuu tai työskentelee tai jossa epäilty rikkomus tapahtui.',
    },
    authority: {
      name: 'Tietosuojavaltuutetun toimisto',
      visitingAddress: 'Lintulahdenkuja 4, 00530 Helsinki',
      postalAddress: 'PL 800, 00531 Helsinki',
      phone: '029 566 6700',
      email: 'tietosuoja@om.fi',
      website: 'https://tietosuoja.fi',
    },
  },
};
